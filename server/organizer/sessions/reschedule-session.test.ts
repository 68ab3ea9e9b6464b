import { beforeAll, describe, expect, it } from "vitest";
import { createSession, localized } from "@/prisma/seed/factories";
import { db } from "@/server/db/client";
import { useTestDatabase } from "@/server/testing/test-database";
import { inEnglish } from "@/server/testing/in-english";
import {
  createOrganizerWorld,
  expectOk,
  expectOutsidersRefused,
  snapshotDatabase,
  type OrganizerWorld,
} from "../testing/organizer-world.ts";
import { rescheduleSession } from "./reschedule-session.ts";

// The timetable grid's move and resize: the session form's save with new times only.

useTestDatabase();
let w: OrganizerWorld;
beforeAll(async () => {
  w = await createOrganizerWorld();
});

/** 10:00–11:00 in Jinan, relayed to Tokyo, with a speaker, a track and an abstract: all must survive a move. */
async function plenary() {
  const track = await db().track.create({ data: { eventId: w.event.id, name: { en: "Medical" }, color: "teal" }, select: { id: true } });
  const s = await createSession(
    db(),
    { eventId: w.event.id, hostVenueId: w.jinan.id, relayVenueIds: [w.tokyo.id] },
    {
      title: localized("Opening plenary", "开幕式", "開会式"),
      abstract: { en: "Welcome" },
      trackId: track.id,
      streamUrl: "https://live.example.org/p",
    },
  );
  await db().sessionRole.create({ data: { sessionId: s.id, personId: w.speaker.id, role: "SPEAKER", position: 0 } });
  return s;
}

const kept = (id: string) =>
  db().session.findUniqueOrThrow({
    where: { id },
    select: {
      title: true,
      abstract: true,
      trackId: true,
      streamUrl: true,
      language: true,
      interpretation: true,
      hostVenueId: true,
      relays: { select: { venueId: true } },
      roles: { select: { personId: true, role: true } },
    },
  });
const times = (id: string) => db().session.findUniqueOrThrow({ where: { id }, select: { startsAt: true, endsAt: true, version: true } });

describe("rescheduleSession", () => {
  it("moves and resizes the same row, version up, everything else as it was, with an audit row", async () => {
    await db().session.deleteMany({ where: { eventId: w.event.id } });
    const s = await plenary();
    const before = await kept(s.id);
    const count = await db().session.count();
    const input = { sessionId: s.id, version: 1, startLocal: "2020-07-30T10:30", endLocal: "2020-07-30T12:00" };
    expect(expectOk(await rescheduleSession(w.actors.member, input))).toEqual({ id: s.id, version: 2 });
    expect(await times(s.id)).toEqual({ startsAt: new Date("2020-07-30T02:30:00Z"), endsAt: new Date("2020-07-30T04:00:00Z"), version: 2 });
    expect(await kept(s.id)).toEqual(before);
    expect(await db().session.count()).toBe(count);
    expect(await db().auditLog.count({ where: { entityId: s.id, action: "update" } })).toBe(1);
  });

  it("answers 'changed by someone else' to a stale version and changes nothing", async () => {
    await db().session.deleteMany({ where: { eventId: w.event.id } });
    const s = await plenary();
    await db().session.update({ where: { id: s.id }, data: { version: 2 } });
    const snapshot = await snapshotDatabase();
    const result = await rescheduleSession(w.actors.member, {
      sessionId: s.id,
      version: 1,
      startLocal: "2020-07-30T11:00",
      endLocal: "2020-07-30T12:00",
    });
    expect(inEnglish(result)).toMatchObject({ ok: false, code: "conflict", message: expect.stringContaining("changed by someone else") });
    expect(await snapshotDatabase()).toEqual(snapshot);
  });

  it("warns about a double-booked venue like the form, and saves when the warning is accepted", async () => {
    await db().session.deleteMany({ where: { eventId: w.event.id } });
    const s = await plenary();
    await createSession(
      db(),
      { eventId: w.event.id, hostVenueId: w.tokyo.id },
      { title: localized("Tokyo briefing"), startsAt: new Date("2020-07-30T04:00:00Z"), endsAt: new Date("2020-07-30T05:00:00Z") },
    );
    const snapshot = await snapshotDatabase();
    const input = { sessionId: s.id, version: 1, startLocal: "2020-07-30T12:00", endLocal: "2020-07-30T13:00" };
    const warned = inEnglish(await rescheduleSession(w.actors.member, input));
    expect(warned).toMatchObject({ ok: false, code: "warnings" });
    expect(JSON.stringify(warned)).toContain("Tokyo briefing");
    expect(await snapshotDatabase()).toEqual(snapshot);
    expectOk(await rescheduleSession(w.actors.member, { ...input, acceptWarnings: true }));
    expect(await times(s.id)).toMatchObject({ startsAt: new Date("2020-07-30T04:00:00Z"), version: 2 });
  });

  it("refuses bad times with a field message and changes nothing", async () => {
    await db().session.deleteMany({ where: { eventId: w.event.id } });
    const s = await plenary();
    const snapshot = await snapshotDatabase();
    const backwards = inEnglish(
      await rescheduleSession(w.actors.member, {
        sessionId: s.id,
        version: 1,
        startLocal: "2020-07-30T12:00",
        endLocal: "2020-07-30T11:00",
      }),
    );
    expect(backwards).toMatchObject({ code: "invalid", fieldErrors: { endLocal: [expect.stringMatching(/after the start/i)] } });
    const garbled = await rescheduleSession(w.actors.member, {
      sessionId: s.id,
      version: 1,
      startLocal: "noon",
      endLocal: "2020-07-30T13:00",
    });
    expect(garbled).toMatchObject({ code: "invalid", fieldErrors: { startLocal: expect.any(Array) } });
    expect(
      await rescheduleSession(w.actors.member, { sessionId: s.id, startLocal: "2020-07-30T11:00", endLocal: "2020-07-30T12:00" }),
    ).toMatchObject({
      code: "invalid",
    });
    expect(await snapshotDatabase()).toEqual(snapshot);
  });

  it("refuses outsiders, delegates, viewers and nobody; another organization's session is not found", async () => {
    await db().session.deleteMany({ where: { eventId: w.event.id } });
    const s = await plenary();
    const input = { sessionId: s.id, version: 1, startLocal: "2020-07-30T11:00", endLocal: "2020-07-30T12:00" };
    await expectOutsidersRefused(w, (actor) => rescheduleSession(actor, input));
    expect(await rescheduleSession(w.actors.viewer, input)).toMatchObject({ ok: false, code: "forbidden" });
    const theirs = await createSession(db(), { eventId: w.theirs.event.id, hostVenueId: w.theirs.jinan.id });
    expect(await rescheduleSession(w.actors.member, { ...input, sessionId: theirs.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await times(s.id)).toMatchObject({ version: 1 });
  });
});
