import { PrismaPg } from "@prisma/adapter-pg";
import { createRegistration } from "@/prisma/seed/factories";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { PrismaClient } from "../db/generated/client.ts";
import { loadPublicAgenda } from "./load-agenda.ts";
import { generateAgendaEvent } from "../../scripts/bench/generate-event.ts";
import { getPublicAgenda } from "./get-public-agenda.ts";
import { getPublicSession } from "./get-public-session.ts";
import { createDelegate, DEMO_EVENT_ID, DEMO_SLUG, seedDemoEvent } from "./testing/agenda-fixtures.ts";

useTestDatabase();

beforeAll(async () => {
  await seedDemoEvent();
});

/** SQL statements one agenda build sends, counted by a client of the test's own that logs them. */
async function statementsPerBuild(slug: string): Promise<{ sessions: number; statements: number }> {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 1 }),
    log: [{ emit: "event", level: "query" }],
  });
  let statements = 0;
  client.$on("query", () => void (statements += 1));
  try {
    await client.$queryRaw`SELECT 1`; // connect first, so only the build is counted
    statements = 0;
    const agenda = await loadPublicAgenda(slug, client);
    return { sessions: agenda?.sessions.length ?? 0, statements };
  } finally {
    await client.$disconnect();
  }
}

describe("public agenda", () => {
  it("returns the demo event's sessions with venues, relays and people in precedence order", async () => {
    const agenda = await getPublicAgenda(DEMO_SLUG);
    expect(agenda?.event.slug).toBe(DEMO_SLUG);
    expect(agenda?.venues.map((v) => v.timeZone)).toEqual(["Asia/Shanghai", "Asia/Tokyo", "Asia/Tokyo", "Asia/Shanghai"]);
    const plenary = agenda!.sessions.find((s) => s.id === "demo-session-plenary")!;
    expect(plenary.startsAt).toBe("2020-07-30T02:00:00.000Z");
    expect(plenary.relayVenueIds).toEqual(["demo-venue-tokyo", "demo-venue-osaka", "demo-venue-online"]);
    expect(JSON.stringify(agenda)).not.toContain("live.example.org"); // links are gated per reader
  });

  it("hides draft and archived events and unknown slugs", async () => {
    const org = await db().organization.findFirstOrThrow({ select: { id: true } });
    for (const status of ["DRAFT", "ARCHIVED"] as const) {
      await db().event.create({
        data: {
          organizationId: org.id,
          slug: `hidden-${status}`,
          status,
          title: { en: "x" },
          sideAName: { en: "A" },
          sideBName: { en: "B" },
          languages: ["en"],
          primaryTimeZone: "UTC",
          startDate: new Date(),
          endDate: new Date(),
        },
        select: { id: true },
      });
      expect(await getPublicAgenda(`hidden-${status}`)).toBeNull();
    }
    expect(await getPublicAgenda("no-such-event")).toBeNull();
  });

  it("reads the database on every call outside Next (Next's cache is for the running app: e2e/public-cache.spec.ts)", async () => {
    expect((await getPublicAgenda(DEMO_SLUG))?.sessions.find((s) => s.id === "demo-session-lunch")?.title.en).not.toBe("Long lunch");
    await db().session.update({ where: { id: "demo-session-lunch" }, data: { title: { en: "Long lunch" } }, select: { id: true } });
    expect((await getPublicAgenda(DEMO_SLUG))?.sessions.find((s) => s.id === "demo-session-lunch")?.title.en).toBe("Long lunch");
  });

  it("uses the same number of queries for 9 and for 300 sessions", async () => {
    const big = await generateAgendaEvent(db(), { slug: "bench-300", sessions: 300 });
    const small = await statementsPerBuild(DEMO_SLUG);
    const large = await statementsPerBuild(big.slug);
    expect(large.sessions).toBe(300);
    expect(small.statements).toBeGreaterThan(0);
    // event, venues, tracks, sessions, relays, roles, people: one statement per relation level.
    expect(small.statements).toBeLessThanOrEqual(7);
    expect(large.statements).toBe(small.statements);
  });
});

describe("public session and its links", () => {
  beforeAll(async () => {
    await db().event.update({ where: { id: DEMO_EVENT_ID }, data: { streamLinksPublic: false }, select: { id: true } });
  });

  it("hides stream links from anonymous readers and unregistered users when private", async () => {
    const anon = await getPublicSession(null, { slug: DEMO_SLUG, sessionId: "demo-session-plenary" });
    expect(anon?.session.title.en).toMatch(/Main seminar/);
    expect(anon?.links).toBeNull();
    expect(anon?.linksReason).toBe("sign_in");
    const stranger = await createDelegate("stranger");
    expect((await getPublicSession(stranger, { slug: DEMO_SLUG, sessionId: "demo-session-plenary" }))?.linksReason).toBe("register");
  });

  it("shows them to a confirmed delegate, with interpretation channels for the session's languages", async () => {
    const reader = await createDelegate("reader");
    // Registered before the event concluded (registration is closed now).
    await createRegistration(db(), { eventId: DEMO_EVENT_ID, userId: reader.id, venueId: "demo-venue-online" });
    const view = await getPublicSession(reader, { slug: DEMO_SLUG, sessionId: "demo-session-plenary" });
    expect(view?.linksReason).toBe("registered");
    expect(view?.links?.stream).toBe("https://live.example.org/dialogue-with-shandong-2020/main");
    expect(view?.links?.interpretation.map((i) => i.language).sort()).toEqual(["en", "ja"]);
  });

  it("shows them to everyone when the organizer made them public", async () => {
    await db().event.update({ where: { id: DEMO_EVENT_ID }, data: { streamLinksPublic: true }, select: { id: true } });
    const anon = await getPublicSession(null, { slug: DEMO_SLUG, sessionId: "demo-session-plenary" });
    expect(anon?.linksReason).toBe("public");
    expect(anon?.links?.stream).toMatch(/^https:/);
  });

  it("hides sessions of unpublished events from delegates, even registered ones", async () => {
    const reader = await createDelegate("draft-reader");
    await createRegistration(db(), { eventId: DEMO_EVENT_ID, userId: reader.id, venueId: "demo-venue-tokyo" });
    await db().event.update({ where: { id: DEMO_EVENT_ID }, data: { status: "DRAFT" }, select: { id: true } });
    expect(await getPublicSession(reader, { slug: DEMO_SLUG, sessionId: "demo-session-plenary" })).toBeNull();
    expect(await getPublicAgenda(DEMO_SLUG)).toBeNull();
    await db().event.update({ where: { id: DEMO_EVENT_ID }, data: { status: "PUBLISHED" }, select: { id: true } });
    expect(await getPublicSession(reader, { slug: DEMO_SLUG, sessionId: "nope" })).toBeNull();
    expect(await getPublicSession(reader, { slug: 42 })).toBeNull();
  });
});
