-- CreateEnum
CREATE TYPE "PartyUpdateStatus" AS ENUM ('PENDING', 'CONFIRMED', 'REJECTED');

-- CreateTable
CREATE TABLE "MilestoneType" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "key" VARCHAR(40) NOT NULL,
    "name" JSONB NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 100,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MilestoneType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementFollowUp" (
    "agreementId" TEXT NOT NULL,
    "ownerId" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AgreementFollowUp_pkey" PRIMARY KEY ("agreementId")
);

-- CreateTable
CREATE TABLE "AgreementMilestone" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "typeKey" VARCHAR(40) NOT NULL,
    "dueOn" DATE,
    "doneOn" DATE,
    "note" VARCHAR(2000),
    "evidenceUrl" VARCHAR(2000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AgreementMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementFund" (
    "agreementId" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "committedMinor" BIGINT NOT NULL DEFAULT 0,
    "receivedMinor" BIGINT NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AgreementFund_pkey" PRIMARY KEY ("agreementId","currency")
);

-- CreateTable
CREATE TABLE "AgreementUpdateLink" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "contactName" VARCHAR(200) NOT NULL,
    "locale" VARCHAR(5) NOT NULL DEFAULT 'en',
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementUpdateLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyUpdate" (
    "id" TEXT NOT NULL,
    "linkId" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "typeKey" VARCHAR(40) NOT NULL,
    "doneOn" DATE NOT NULL,
    "note" VARCHAR(2000),
    "evidenceUrl" VARCHAR(2000),
    "submissionKey" VARCHAR(64) NOT NULL,
    "status" "PartyUpdateStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PartyUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MilestoneType_organizationId_key_key" ON "MilestoneType"("organizationId", "key");

-- CreateIndex
CREATE INDEX "AgreementFollowUp_ownerId_idx" ON "AgreementFollowUp"("ownerId");

-- CreateIndex
CREATE INDEX "AgreementMilestone_dueOn_idx" ON "AgreementMilestone"("dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementMilestone_agreementId_typeKey_key" ON "AgreementMilestone"("agreementId", "typeKey");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementUpdateLink_tokenHash_key" ON "AgreementUpdateLink"("tokenHash");

-- CreateIndex
CREATE INDEX "AgreementUpdateLink_agreementId_idx" ON "AgreementUpdateLink"("agreementId");

-- CreateIndex
CREATE UNIQUE INDEX "PartyUpdate_submissionKey_key" ON "PartyUpdate"("submissionKey");

-- CreateIndex
CREATE INDEX "PartyUpdate_agreementId_status_idx" ON "PartyUpdate"("agreementId", "status");

-- AddForeignKey
ALTER TABLE "MilestoneType" ADD CONSTRAINT "MilestoneType_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementFollowUp" ADD CONSTRAINT "AgreementFollowUp_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementFollowUp" ADD CONSTRAINT "AgreementFollowUp_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementMilestone" ADD CONSTRAINT "AgreementMilestone_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementFund" ADD CONSTRAINT "AgreementFund_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementUpdateLink" ADD CONSTRAINT "AgreementUpdateLink_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyUpdate" ADD CONSTRAINT "PartyUpdate_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "AgreementUpdateLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyUpdate" ADD CONSTRAINT "PartyUpdate_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

