import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { db } from "../../server/db/client.ts";
import { verifyPassword } from "../../server/auth/password.ts";
import { useTestDatabase } from "../../server/testing/test-database.ts";
import { DEMO_EVENT } from "./demo-event.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users.ts";
import { seedDemo } from "./seed-demo.ts";

useTestDatabase();

const LANGS = ["en", "zh", "ja"] as const;

// Every table, read in full (ids or composite keys), so two runs can be compared row by row.
async function snapshot() {
  const p = db();
  const ids = (rows: { id: string | bigint }[]) => rows.map((r) => String(r.id)).sort();
  const keys = (rows: object[]) => rows.map((r) => JSON.stringify(r)).sort();
  return {
    organization: ids(await p.organization.findMany({ select: { id: true } })),
    user: ids(await p.user.findMany({ select: { id: true } })),
    userHash: keys(await p.user.findMany({ select: { id: true, passwordHash: true } })),
    membership: ids(await p.membership.findMany({ select: { id: true } })),
    event: ids(await p.event.findMany({ select: { id: true } })),
    venue: ids(await p.venue.findMany({ select: { id: true } })),
    session: ids(await p.session.findMany({ select: { id: true } })),
    sessionRelay: keys(await p.sessionRelay.findMany()),
    person: ids(await p.person.findMany({ select: { id: true } })),
    eventParticipant: keys(await p.eventParticipant.findMany()),
    sessionRole: keys(await p.sessionRole.findMany()),
    videoMessage: ids(await p.videoMessage.findMany({ select: { id: true } })),
    party: ids(await p.party.findMany({ select: { id: true } })),
    agreement: ids(await p.agreement.findMany({ select: { id: true } })),
    agreementParty: keys(await p.agreementParty.findMany()),
    outcome: ids(await p.outcome.findMany({ select: { id: true } })),
    registration: await p.registration.count(),
    bookmark: await p.bookmark.count(),
    authSession: await p.authSession.count(),
    auditLog: await p.auditLog.count(),
  };
}

function expectLocalized(value: unknown, where: string) {
  if (value === null || value === undefined) return;
  for (const lang of LANGS) {
    const text = (value as Record<string, unknown>)[lang];
    expect(typeof text === "string" && text.trim().length > 0, `${where}.${lang}`).toBe(true);
  }
}

describe("seedDemo", () => {
  it("seeds the reference event and is idempotent", async () => {
    const first = await seedDemo(db());
    const before = await snapshot();
    const second = await seedDemo(db());
    expect(await snapshot()).toEqual(before);
    expect(second).toEqual(first);
    expect(first.eventSeeded).toBe(true);
    expect(first.counts).toMatchObject({ organizations: 2, users: 4, venues: 4, agreements: 17, outcomes: 2, videoMessages: 4, vips: 4 });
  }, 60_000); // Argon2id hashing and two full seeds; slow on a loaded CI machine

  it("has three physical venues and one online venue in the right zones", async () => {
    const venues = await db().venue.findMany({ where: { event: { slug: DEMO_EVENT.slug } }, orderBy: { position: "asc" } });
    expect(venues.map((v) => [v.kind, (v.city as { en?: string } | null)?.en ?? null, v.timeZone, v.position])).toEqual([
      ["PHYSICAL", "Jinan", "Asia/Shanghai", 0],
      ["PHYSICAL", "Tokyo", "Asia/Tokyo", 1],
      ["PHYSICAL", "Osaka", "Asia/Tokyo", 2],
      ["ONLINE", null, "Asia/Shanghai", 3],
    ]);
    const online = venues[3];
    expect(online.streamUrl).toMatch(/^https:\/\//);
    expect(Object.keys(online.interpretationUrls as object).sort()).toEqual(["en", "ja", "zh"]);
  });

  it("records 17 public signed agreements, each during the session it was signed at, and 2 outcomes", async () => {
    const agreements = await db().agreement.findMany({
      include: { session: true, parties: true },
      orderBy: { idempotencyKey: "asc" },
    });
    expect(agreements).toHaveLength(17);
    expect(agreements.map((a) => a.idempotencyKey)).toEqual(
      Array.from({ length: 17 }, (_, i) => `demo-agreement-${String(i + 1).padStart(2, "0")}`),
    );
    for (const a of agreements) {
      expect(a.status).toBe("SIGNED");
      expect(a.visibility).toBe("PUBLIC");
      expect(["SIGNING_CEREMONY", "INDUSTRY_SEMINAR", "CITY_SEMINAR"]).toContain(a.session?.type);
      expect(a.signedAt!.getTime()).toBeGreaterThanOrEqual(a.session!.startsAt.getTime());
      expect(a.signedAt!.getTime()).toBeLessThanOrEqual(a.session!.endsAt.getTime());
      expect(a.parties.some((p) => p.side === "A") && a.parties.some((p) => p.side === "B")).toBe(true);
      expect((a.valueMinor === null) === (a.currency === null)).toBe(true);
    }
    expect(new Set(agreements.map((a) => a.venueId)).size).toBe(3);
    const perSession: Record<string, number> = {};
    for (const a of agreements) perSession[a.session!.id] = (perSession[a.session!.id] ?? 0) + 1;
    expect(perSession).toEqual({
      "demo-session-signing": 7,
      "demo-session-industry-medical": 3,
      "demo-session-industry-equipment": 3,
      "demo-session-city-jinan": 2,
      "demo-session-city-qingdao": 2,
    });
    expect(new Set(agreements.map((a) => a.sector)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(agreements.map((a) => a.currency).filter(Boolean))).toEqual(new Set(["CNY", "JPY", "USD"]));
    const outcomes = await db().outcome.findMany({ orderBy: { id: "asc" } });
    expect(outcomes.map((o) => o.kind)).toEqual(["PROGRAMME", "PLATFORM"]);
  });

  it("schedules four VIP video messages by precedence", async () => {
    const vips = await db().person.findMany({ where: { isVip: true }, orderBy: { precedence: "asc" } });
    expect(vips).toHaveLength(4);
    expect(vips.every((v) => v.side === "B")).toBe(true);
    const videos = await db().videoMessage.findMany({ orderBy: { position: "asc" }, include: { session: true } });
    expect(videos.map((v) => v.personId)).toEqual(vips.map((v) => v.id));
    expect(videos.map((v) => v.position)).toEqual([1, 2, 3, 4]);
    for (const v of videos) {
      expect(v).toMatchObject({ status: "SCHEDULED", language: "ja" });
      expect(v.session?.type).toBe("VIDEO_MESSAGES");
      expect(v.mediaUrl).toMatch(/^https:\/\/media\.example\.org\//);
      expect(v.durationSec).toBeGreaterThan(0);
    }
    const modes = await db().eventParticipant.findMany({ where: { personId: { in: vips.map((v) => v.id) } } });
    expect(modes.map((m) => m.mode)).toEqual(Array(4).fill("VIDEO_MESSAGE"));
  });

  it("holds every session on 30 July 2020 in its host venue's time zone", async () => {
    const sessions = await db().session.findMany({ include: { hostVenue: true, relays: { include: { venue: true } } } });
    expect(sessions.length).toBeGreaterThanOrEqual(7);
    for (const s of sessions) {
      expect(DateTime.fromJSDate(s.startsAt, { zone: s.hostVenue.timeZone }).toISODate()).toBe("2020-07-30");
      expect(s.endsAt.getTime()).toBeGreaterThan(s.startsAt.getTime());
    }
    const types = sessions.map((s) => s.type);
    for (const t of ["PLENARY", "VIDEO_MESSAGES", "SIGNING_CEREMONY", "BREAK", "NETWORKING"]) expect(types).toContain(t);
    expect(types.filter((t) => t === "INDUSTRY_SEMINAR")).toHaveLength(2);
    expect(types.filter((t) => t === "CITY_SEMINAR")).toHaveLength(2);

    const plenary = sessions.find((s) => s.type === "PLENARY")!;
    expect((plenary.hostVenue.city as { en: string }).en).toBe("Jinan");
    // 10:00 in Jinan (UTC+8) is 02:00Z and 11:00 in Tokyo and Osaka.
    expect(plenary.startsAt.toISOString()).toBe("2020-07-30T02:00:00.000Z");
    expect(DateTime.fromJSDate(plenary.startsAt, { zone: "Asia/Tokyo" }).toFormat("HH:mm")).toBe("11:00");
    expect(plenary.relays.map((r) => r.venue.position).sort()).toEqual([1, 2, 3]);
  });

  it("fills every multilingual field in en, zh and ja", async () => {
    const p = db();
    const check = (rows: Record<string, unknown>[], fields: string[], table: string) =>
      rows.forEach((row) => fields.forEach((f) => expectLocalized(row[f], `${table}.${row.id}.${f}`)));
    check(await p.organization.findMany(), ["name"], "organization");
    check(await p.event.findMany(), ["title", "subtitle", "description", "sideAName", "sideBName"], "event");
    check(await p.venue.findMany(), ["name", "city", "address"], "venue");
    check(await p.session.findMany(), ["title", "abstract"], "session");
    check(await p.person.findMany(), ["name", "honorific", "title", "affiliation"], "person");
    check(await p.videoMessage.findMany(), ["title"], "videoMessage");
    check(await p.party.findMany(), ["name", "city"], "party");
    check(await p.agreement.findMany(), ["title", "cityA", "cityB"], "agreement");
    check(await p.outcome.findMany(), ["title", "description"], "outcome");
    const persons = await p.person.findMany({ select: { title: true, honorific: true } });
    expect(persons.every((x) => x.title !== null && x.honorific !== null)).toBe(true);
  });

  it("creates the demo users with the shared password and their memberships", async () => {
    const users = await db().user.findMany({ include: { memberships: { include: { organization: true } } } });
    const byEmail = new Map(users.map((u) => [u.email, u]));
    for (const demo of Object.values(DEMO_USERS)) {
      const u = byEmail.get(demo.email)!;
      expect(u.role).toBe(demo.role);
      expect(await verifyPassword(u.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
    const orgOf = (email: string) => byEmail.get(email)!.memberships.map((m) => [m.organization.slug, m.role]);
    expect(orgOf(DEMO_USERS.owner.email)).toEqual([["ccpit-shandong", "OWNER"]]);
    expect(orgOf(DEMO_USERS.outsider.email)).toEqual([["jceea", "OWNER"]]);
    expect(orgOf(DEMO_USERS.admin.email)).toEqual([]);
  });

  it("leaves rows it did not create, and edits to its own rows, alone", async () => {
    const org = await db().organization.findUniqueOrThrow({ where: { slug: "ccpit-shandong" } });
    await db().event.update({ where: { slug: DEMO_EVENT.slug }, data: { status: "LIVE" } });
    const mine = await db().venue.create({
      data: { eventId: DEMO_EVENT.id, kind: "PHYSICAL", name: { en: "Qingdao venue" }, timeZone: "Asia/Shanghai", position: 4 },
    });
    await seedDemo(db());
    expect((await db().event.findUniqueOrThrow({ where: { slug: DEMO_EVENT.slug } })).status).toBe("LIVE");
    expect(await db().venue.findUnique({ where: { id: mine.id } })).not.toBeNull();
    expect(await db().venue.count({ where: { eventId: DEMO_EVENT.id } })).toBe(5);
    expect((await db().organization.findUniqueOrThrow({ where: { slug: "ccpit-shandong" } })).id).toBe(org.id);
  }, 60_000);
});
