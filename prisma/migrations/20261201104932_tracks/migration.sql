-- Tracks become records of their event: names in each language, a colour, an order.
-- Existing databases keep their data: every distinct slug an event's sessions used becomes
-- a Track of that event (English name from the slug, "city-jinan" -> "City Jinan"; colours
-- from the palette in order of the slugs), and each session points at its track.

-- CreateTable
CREATE TABLE "Track" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "color" VARCHAR(20) NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Track_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "trackId" TEXT;

-- Data: one Track per (event, slug); the id keeps the slug readable and unique per event.
INSERT INTO "Track" ("id", "eventId", "name", "color", "position", "updatedAt")
SELECT
    'trk_' || md5(t."eventId" || '/' || t."track"),
    t."eventId",
    jsonb_build_object('en', initcap(replace(replace(t."track", '-', ' '), '_', ' '))),
    (ARRAY['indigo', 'teal', 'amber', 'rose', 'violet', 'sky', 'lime', 'slate'])[((t.n - 1) % 8) + 1],
    (t.n - 1)::int,
    CURRENT_TIMESTAMP
FROM (
    SELECT "eventId", "track", row_number() OVER (PARTITION BY "eventId" ORDER BY "track") AS n
    FROM (SELECT DISTINCT "eventId", btrim("track") AS "track" FROM "Session" WHERE btrim(coalesce("track", '')) <> '') d
) t;

UPDATE "Session" s
SET "trackId" = 'trk_' || md5(s."eventId" || '/' || btrim(s."track"))
WHERE btrim(coalesce(s."track", '')) <> '';

ALTER TABLE "Session" DROP COLUMN "track";

-- CreateIndex
CREATE INDEX "Track_eventId_position_idx" ON "Track"("eventId", "position");

-- CreateIndex
CREATE INDEX "Session_trackId_idx" ON "Session"("trackId");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "Track"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Track" ADD CONSTRAINT "Track_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
