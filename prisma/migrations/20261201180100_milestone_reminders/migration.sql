-- CreateTable
CREATE TABLE "MilestoneReminder" (
    "id" TEXT NOT NULL,
    "milestoneId" TEXT NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "dueOn" DATE NOT NULL,
    "ownerId" TEXT NOT NULL,
    "mailMessageId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MilestoneReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MilestoneReminder_milestoneId_kind_dueOn_key" ON "MilestoneReminder"("milestoneId", "kind", "dueOn");

-- AddForeignKey
ALTER TABLE "MilestoneReminder" ADD CONSTRAINT "MilestoneReminder_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "AgreementMilestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

