-- CreateTable
CREATE TABLE "CsvImportUpload" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "consumedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CsvImportUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CsvImportUpload_expiresAt_idx" ON "CsvImportUpload"("expiresAt");

-- CreateIndex
CREATE INDEX "CsvImportUpload_userId_eventId_idx" ON "CsvImportUpload"("userId", "eventId");

