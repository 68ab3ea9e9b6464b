-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "checkInToken" TEXT NOT NULL DEFAULT replace((gen_random_uuid())::text, '-'::text, ''::text),
ADD COLUMN     "vip" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "StewardGrant" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "venueId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "grantedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StewardGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "venueId" TEXT NOT NULL,
    "stewardId" TEXT,
    "scannedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMPTZ(3),
    "otherVenue" BOOLEAN NOT NULL DEFAULT false,
    "clientScanId" VARCHAR(64) NOT NULL,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StewardGrant_eventId_userId_idx" ON "StewardGrant"("eventId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "StewardGrant_venueId_userId_key" ON "StewardGrant"("venueId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_clientScanId_key" ON "CheckIn"("clientScanId");

-- CreateIndex
CREATE INDEX "CheckIn_eventId_venueId_idx" ON "CheckIn"("eventId", "venueId");

-- CreateIndex
CREATE INDEX "CheckIn_registrationId_idx" ON "CheckIn"("registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_checkInToken_key" ON "Registration"("checkInToken");

-- AddForeignKey
ALTER TABLE "StewardGrant" ADD CONSTRAINT "StewardGrant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StewardGrant" ADD CONSTRAINT "StewardGrant_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StewardGrant" ADD CONSTRAINT "StewardGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_stewardId_fkey" FOREIGN KEY ("stewardId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- One active check-in per registration (Prisma cannot express a partial index; see schema.prisma's CheckIn).
CREATE UNIQUE INDEX "CheckIn_active_registration_key" ON "CheckIn"("registrationId") WHERE "undoneAt" IS NULL;
