import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createRegistration, createSession, createUser } from "@/prisma/seed/factories";
import { db } from "@/server/db/client";
import { createStewardWorld, type StewardWorld } from "@/server/checkin/testing/steward-world";
import { useTestDatabase } from "@/server/testing/test-database";
import { inEnglish } from "@/server/testing/in-english";
import { checkIn, type CheckInAnswer } from "./check-in.ts";
import { getAttendance } from "./get-attendance.ts";
import { searchRegistrants } from "./search-registrants.ts";
import { grantSteward, listStewards, revokeSteward } from "./stewards.ts";
import { undoCheckIn } from "./undo-check-in.ts";

// Check-in against the real database: the steward's venue scope, a second scan, another
// venue's registrant, undo, replayed offline scans and concurrent scans (issue 20).

useTestDatabase();

let w: StewardWorld["w"];
let ev: StewardWorld["ev"];
beforeAll(async () => {
  ({ w, ev } = await createStewardWorld());
});

const scan = (token: string, extra: Record<string, unknown> = {}) => ({
  eventId: ev.event.id,
  venueId: ev.tokyo.id,
  token,
  clientScanId: randomUUID(),
  scannedAt: new Date().toISOString(),
  ...extra,
});
async function registrant(venueId = ev.tokyo.id) {
  const user = await createUser(db(), { name: `Delegate ${randomUUID().slice(0, 6)}` });
  return createRegistration(db(), { eventId: ev.event.id, userId: user.id, venueId });
}
const data = (r: Awaited<ReturnType<typeof checkIn>>): CheckInAnswer => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(inEnglish(r))}`);
  return r.data;
};
const active = (registrationId: string) => db().checkIn.count({ where: { registrationId, undoneAt: null } });

describe("a steward of Tokyo", () => {
  it("checks a Tokyo registrant in once; a second scan says where and when", async () => {
    const reg = await registrant();
    const first = data(await checkIn(w.actors.steward, scan(reg.checkInToken)));
    expect(first).toMatchObject({ status: "checked_in", replay: false, person: { registrationId: reg.id } });
    const second = data(await checkIn(w.actors.steward, scan(reg.checkInToken)));
    expect(second).toMatchObject({ status: "already", timeZone: "Asia/Tokyo", venue: ev.tokyo.name });
    expect(await active(reg.id)).toBe(1);
    expect(await db().auditLog.count({ where: { entity: "CheckIn", entityId: (first as { checkInId: string }).checkInId } })).toBe(1);
  });

  it("is refused at Jinan, and nothing is written", async () => {
    const reg = await registrant(ev.jinan.id);
    const r = await checkIn(w.actors.steward, scan(reg.checkInToken, { venueId: ev.jinan.id }));
    expect(inEnglish(r)).toMatchObject({ ok: false, code: "forbidden", message: "You are not a steward at this venue." });
    expect(await db().checkIn.count({ where: { registrationId: reg.id } })).toBe(0);
  });

  it("flags a registrant of another venue and checks them in only when confirmed", async () => {
    const reg = await registrant(ev.jinan.id);
    expect(data(await checkIn(w.actors.steward, scan(reg.checkInToken)))).toMatchObject({ status: "other_venue" });
    expect(await db().checkIn.count({ where: { registrationId: reg.id } })).toBe(0);
    expect(data(await checkIn(w.actors.steward, scan(reg.checkInToken, { confirmOtherVenue: true })))).toMatchObject({
      status: "checked_in",
    });
    expect(await db().checkIn.findFirst({ where: { registrationId: reg.id }, select: { otherVenue: true, venueId: true } })).toEqual({
      otherVenue: true,
      venueId: ev.tokyo.id,
    });
  });

  it("counts a replayed offline scan once, keeping its original scan time", async () => {
    const reg = await registrant();
    const offline = scan(reg.checkInToken, { scannedAt: new Date(Date.now() - 10 * 60_000).toISOString() });
    const answers = await Promise.all([checkIn(w.actors.steward, offline), checkIn(w.actors.steward, offline)]);
    expect(answers.map((a) => data(a).status)).toEqual(["checked_in", "checked_in"]);
    expect(answers.map((a) => (data(a) as { replay: boolean }).replay).sort()).toEqual([false, true]);
    const rows = await db().checkIn.findMany({ where: { registrationId: reg.id }, select: { scannedAt: true } });
    expect(rows).toEqual([{ scannedAt: new Date(offline.scannedAt) }]);
  });

  it("rejects a bad code, a scan from the future and one too old with a clear error, changing nothing", async () => {
    const reg = await registrant();
    const before = await db().checkIn.count();
    expect(inEnglish(await checkIn(w.actors.steward, scan("not-a-token")))).toMatchObject({
      code: "invalid",
      fieldErrors: { token: ["This is not an Accord check-in code."] },
    });
    const future = new Date(Date.now() + 60 * 60_000).toISOString();
    expect(inEnglish(await checkIn(w.actors.steward, scan(reg.checkInToken, { scannedAt: future })))).toMatchObject({
      code: "invalid",
      message: "The scan time is not valid.",
    });
    const old = new Date(Date.now() - 4 * 24 * 60 * 60_000).toISOString();
    expect(inEnglish(await checkIn(w.actors.steward, scan(reg.checkInToken, { scannedAt: old })))).toMatchObject({ code: "invalid" });
    expect(inEnglish(await checkIn(w.actors.steward, scan("0".repeat(32))))).toMatchObject({ code: "not_found" });
    expect(await db().checkIn.count()).toBe(before);
  });

  it("undoes within two minutes (audited), not twice and not later; the person can then be checked in again", async () => {
    const reg = await registrant();
    const first = data(await checkIn(w.actors.steward, scan(reg.checkInToken))) as { checkInId: string };
    const undo = { eventId: ev.event.id, checkInId: first.checkInId };
    expect(await undoCheckIn(w.actors.steward, undo)).toEqual({ ok: true, data: { id: first.checkInId } });
    expect(inEnglish(await undoCheckIn(w.actors.steward, undo))).toMatchObject({
      code: "conflict",
      message: "This check-in was already undone.",
    });
    expect(await db().auditLog.count({ where: { entity: "CheckIn", entityId: first.checkInId, action: "undo" } })).toBe(1);
    const again = data(await checkIn(w.actors.steward, scan(reg.checkInToken))) as { checkInId: string };
    await db().checkIn.update({ where: { id: again.checkInId }, data: { createdAt: new Date(Date.now() - 3 * 60_000) } });
    expect(inEnglish(await undoCheckIn(w.actors.steward, { eventId: ev.event.id, checkInId: again.checkInId }))).toMatchObject({
      code: "forbidden",
      message: "Too late to undo: check-ins can be undone for 2 minutes.",
    });
    expect(await active(reg.id)).toBe(1);
  });
});

describe("who else may check in", () => {
  it("organizers check in at any venue; a viewer is forbidden; a delegate, an outsider and a stranger event get not found", async () => {
    const reg = await registrant(ev.jinan.id);
    const atJinan = (extra = {}) => scan(reg.checkInToken, { venueId: ev.jinan.id, ...extra });
    expect(inEnglish(await checkIn(w.actors.viewer, atJinan()))).toMatchObject({ code: "forbidden" });
    expect(inEnglish(await checkIn(w.actors.delegate, atJinan()))).toMatchObject({ code: "not_found", message: "Event not found." });
    expect(inEnglish(await checkIn(w.actors.outsider, atJinan()))).toMatchObject({ code: "not_found", message: "Event not found." });
    expect(inEnglish(await checkIn(w.actors.anonymous, atJinan()))).toMatchObject({ code: "unauthenticated" });
    const other = await w.event();
    expect(inEnglish(await checkIn(w.actors.steward, { ...atJinan(), eventId: other.event.id }))).toMatchObject({ code: "not_found" });
    expect(await db().checkIn.count({ where: { registrationId: reg.id } })).toBe(0);
    expect(data(await checkIn(w.actors.member, atJinan()))).toMatchObject({ status: "checked_in" });
  });
});

describe("concurrency", () => {
  it("20 concurrent check-ins of different people give exactly 20", async () => {
    const regs = await Promise.all(Array.from({ length: 20 }, () => registrant()));
    const answers = await Promise.all(regs.map((r) => checkIn(w.actors.steward, scan(r.checkInToken))));
    expect(answers.filter((a) => a.ok && a.data.status === "checked_in")).toHaveLength(20);
    expect(await db().checkIn.count({ where: { registrationId: { in: regs.map((r) => r.id) }, undoneAt: null } })).toBe(20);
  });

  it("20 concurrent scans of the same code give 1", async () => {
    const reg = await registrant();
    const answers = await Promise.all(Array.from({ length: 20 }, () => checkIn(w.actors.steward, scan(reg.checkInToken))));
    const statuses = answers.map((a) => data(a).status);
    expect(statuses.filter((s) => s === "checked_in")).toHaveLength(1);
    expect(statuses.filter((s) => s === "already")).toHaveLength(19);
    expect(await db().checkIn.count({ where: { registrationId: reg.id } })).toBe(1);
  });
});

describe("attendance, search and stewards", () => {
  it("counts checked in and registered per venue for staff only", async () => {
    const fresh = await w.event();
    const user = await createUser(db());
    const reg = await createRegistration(db(), { eventId: fresh.event.id, userId: user.id, venueId: fresh.tokyo.id });
    await createRegistration(db(), { eventId: fresh.event.id, userId: (await createUser(db())).id, venueId: fresh.tokyo.id });
    await checkIn(w.actors.owner, { ...scan(reg.checkInToken), eventId: fresh.event.id, venueId: fresh.tokyo.id });
    const counts = await getAttendance(w.actors.viewer, fresh.event.id);
    expect("venues" in counts && counts.venues.map((v) => [v.venueId, v.checkedIn, v.registered])).toEqual([
      [fresh.jinan.id, 0, 0],
      [fresh.tokyo.id, 1, 2],
      [fresh.online.id, 0, 0],
    ]);
    expect(await getAttendance(w.actors.steward, fresh.event.id)).toMatchObject({ code: "forbidden" });
    expect(await getAttendance(w.actors.outsider, fresh.event.id)).toMatchObject({ code: "not_found" });
  });

  it("finds registrants by name for the steward", async () => {
    const reg = await registrant();
    const name = (await db().user.findFirstOrThrow({ where: { registrations: { some: { id: reg.id } } } })).name;
    const found = await searchRegistrants(w.actors.steward, { eventId: ev.event.id, venueId: ev.tokyo.id, query: name.slice(-6) });
    expect(found.ok && found.data.map((h) => [h.registrationId, h.checkedIn])).toEqual([[reg.id, false]]);
    expect(inEnglish(await searchRegistrants(w.actors.steward, { eventId: ev.event.id, venueId: ev.tokyo.id, query: "a" }))).toMatchObject({
      code: "invalid",
    });
  });

  it("organizers grant and revoke stewards; an unknown address changes nothing", async () => {
    const fresh = await w.event();
    const input = { eventId: fresh.event.id, email: w.users.delegate.email, venueIds: [fresh.jinan.id, fresh.tokyo.id] };
    expect(inEnglish(await grantSteward(w.actors.owner, { ...input, email: "nobody@accord.test" }))).toMatchObject({
      code: "invalid",
      fieldErrors: { email: ["No account uses this email address."] },
    });
    expect(await db().stewardGrant.count({ where: { eventId: fresh.event.id } })).toBe(0);
    expect(await grantSteward(w.actors.member, input)).toEqual({ ok: true, data: { granted: 2 } });
    expect(await grantSteward(w.actors.member, input)).toEqual({ ok: true, data: { granted: 0 } });
    expect(await grantSteward(w.actors.viewer, input)).toMatchObject({ code: "forbidden" });
    const list = await listStewards(w.actors.owner, fresh.event.id);
    if (!Array.isArray(list)) throw new Error("expected a list");
    expect(list).toHaveLength(2);
    expect(await revokeSteward(w.actors.owner, { eventId: fresh.event.id, grantId: list[0]!.grantId })).toMatchObject({ ok: true });
    expect(await db().stewardGrant.count({ where: { eventId: fresh.event.id } })).toBe(1);
  });
});

describe("per-session door counts", () => {
  it("counts a person once per session at its door, apart from the entrance; a session elsewhere is refused", async () => {
    const fresh = await w.event();
    await db().stewardGrant.create({ data: { eventId: fresh.event.id, venueId: fresh.tokyo.id, userId: w.users.steward.id } });
    const relayed = await createSession(db(), { eventId: fresh.event.id, hostVenueId: fresh.jinan.id, relayVenueIds: [fresh.tokyo.id] });
    const jinanOnly = await createSession(db(), { eventId: fresh.event.id, hostVenueId: fresh.jinan.id });
    const user = await createUser(db());
    const reg = await createRegistration(db(), { eventId: fresh.event.id, userId: user.id, venueId: fresh.tokyo.id });
    const at = (extra: Record<string, unknown> = {}) => ({
      ...scan(reg.checkInToken),
      eventId: fresh.event.id,
      venueId: fresh.tokyo.id,
      ...extra,
    });

    const doors = await Promise.all(Array.from({ length: 20 }, () => checkIn(w.actors.steward, at({ sessionId: relayed.id }))));
    expect(doors.map((d) => data(d).status).filter((s) => s === "checked_in")).toHaveLength(1);
    const again = data(await checkIn(w.actors.steward, at({ sessionId: relayed.id })));
    expect(again).toMatchObject({ status: "already", session: relayed.title, timeZone: "Asia/Tokyo" });
    expect(data(await checkIn(w.actors.steward, at()))).toMatchObject({ status: "checked_in" }); // the entrance, apart
    expect(inEnglish(await checkIn(w.actors.steward, at({ sessionId: jinanOnly.id })))).toMatchObject({ code: "not_found" });

    const rows = await db().checkIn.findMany({ where: { registrationId: reg.id, undoneAt: null }, select: { sessionId: true } });
    expect(rows.map((r) => r.sessionId).sort()).toEqual([relayed.id, null].sort());
    const counts = await getAttendance(w.actors.owner, fresh.event.id);
    if (!("venues" in counts)) throw new Error("expected counts");
    expect(counts.venues.find((v) => v.venueId === fresh.tokyo.id)?.checkedIn).toBe(1);
    expect(counts.sessions.map((x) => [x.sessionId, x.checkedIn])).toEqual([[relayed.id, 1]]);
  });
});
