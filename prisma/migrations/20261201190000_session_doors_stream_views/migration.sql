-- Per-session door counts (issue 20): a check-in may name the session whose door it was made at.
-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN "sessionId" TEXT;

-- CreateTable
CREATE TABLE "StreamView" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StreamView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CheckIn_sessionId_idx" ON "CheckIn"("sessionId");

-- CreateIndex
CREATE INDEX "StreamView_eventId_idx" ON "StreamView"("eventId");

-- CreateIndex
CREATE INDEX "StreamView_registrationId_idx" ON "StreamView"("registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "StreamView_sessionId_registrationId_key" ON "StreamView"("sessionId", "registrationId");

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StreamView" ADD CONSTRAINT "StreamView_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StreamView" ADD CONSTRAINT "StreamView_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StreamView" ADD CONSTRAINT "StreamView_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One active check-in per registration at the entrance and one per session door (the entrance's
-- NULL session counts as one value). Prisma cannot express this partial index; see schema.prisma's CheckIn.
DROP INDEX "CheckIn_active_registration_key";
CREATE UNIQUE INDEX "CheckIn_active_registration_key" ON "CheckIn"("registrationId", "sessionId") NULLS NOT DISTINCT WHERE "undoneAt" IS NULL;
