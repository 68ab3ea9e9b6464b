import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_EVENT } from "@/prisma/seed/demo-event";
import { createRegistration } from "@/prisma/seed/factories";
import { db } from "../db/client.ts";
import { useTestDatabase } from "../testing/test-database.ts";
import { createDelegate, DEMO_SLUG, seedDemoEvent } from "./testing/agenda-fixtures.ts";
import { openSessionStream } from "./open-session-stream.ts";

// Online attendance through Accord's stream link (issue 20): the reader gets the stream only
// where the session page would show it; a confirmed registrant counts once per session however
// often (and however concurrently) they click; anonymous clicks are sent on, not counted.

useTestDatabase();
const SESSION = "demo-session-plenary";
const STREAM = "https://live.example.org/dialogue-with-shandong-2020/main";
beforeAll(async () => {
  await seedDemoEvent();
});
const views = (sessionId = SESSION) => db().streamView.count({ where: { sessionId } });
const open = (actor: Awaited<ReturnType<typeof createDelegate>> | null, sessionId = SESSION) =>
  openSessionStream(actor, { slug: DEMO_SLUG, sessionId });

describe("openSessionStream", () => {
  it("counts a confirmed registrant once per session, also for concurrent clicks", async () => {
    const reader = await createDelegate("Online Watcher");
    await createRegistration(db(), { eventId: DEMO_EVENT.id, userId: reader.id, venueId: "demo-venue-online" });
    const before = await views();
    const clicks = await Promise.all([open(reader), open(reader), open(reader)]);
    expect(clicks).toEqual(Array(3).fill({ url: STREAM, counted: true }));
    expect(await open(reader)).toEqual({ url: STREAM, counted: true });
    expect(await views()).toBe(before + 1);
  });

  it("sends anonymous readers and readers without a registration on without counting them while links are public", async () => {
    const before = await db().streamView.count();
    expect(await open(null)).toEqual({ url: STREAM, counted: false });
    expect(await open(await createDelegate("Not Registered"))).toEqual({ url: STREAM, counted: false });
    expect(await db().streamView.count()).toBe(before);
  });

  it("gives no link where the session page shows none: registrants only, a cancelled registration, a bad id", async () => {
    await db().event.update({ where: { id: DEMO_EVENT.id }, data: { streamLinksPublic: false } });
    try {
      const cancelled = await createDelegate("Cancelled Watcher");
      await db().registration.create({
        data: { eventId: DEMO_EVENT.id, userId: cancelled.id, status: "CANCELLED", calendarToken: `cancelled-${cancelled.id}` },
      });
      const before = await db().streamView.count();
      expect(await open(null)).toBeNull();
      expect(await open(await createDelegate("Stranger"))).toBeNull();
      expect(await open(cancelled)).toBeNull();
      expect(await openSessionStream(null, { slug: DEMO_SLUG, sessionId: "x".repeat(500) })).toBeNull();
      expect(await db().streamView.count()).toBe(before);
    } finally {
      await db().event.update({ where: { id: DEMO_EVENT.id }, data: { streamLinksPublic: true } });
    }
  });
});
