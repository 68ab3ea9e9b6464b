import { beforeAll, describe, expect, it } from "vitest";
import { createEvent as makeEvent, createVenue as makeVenue, localized } from "@/prisma/seed/factories";
import { db } from "@/server/db/client";
import { useTestDatabase } from "@/server/testing/test-database";
import {
  createOrganizerWorld,
  expectOk,
  expectOutsidersRefused,
  snapshotDatabase,
  type OrganizerWorld,
} from "../testing/organizer-world.ts";
import { checkSessionWarnings } from "./check-session-warnings.ts";
import { createSession } from "./create-session.ts";
import { deleteSession } from "./delete-session.ts";
import { getSessionForEditing } from "./get-session-for-editing.ts";
import { listSessions } from "./list-sessions.ts";
import { updateSession } from "./update-session.ts";
import { inEnglish } from "@/server/testing/in-english";

useTestDatabase();
let w: OrganizerWorld;
beforeAll(async () => {
  w = await createOrganizerWorld();
});

const form = (over: Record<string, unknown> = {}) => ({
  eventId: w.event.id,
  type: "PLENARY",
  title: { en: "Opening plenary", zh: "开幕式" },
  startLocal: "2020-07-30T10:00",
  endLocal: "2020-07-30T11:00",
  hostVenueId: w.jinan.id,
  relayVenueIds: [w.tokyo.id, w.osaka.id],
  language: "zh",
  interpretation: ["ja", "en"],
  speakerIds: [w.speaker.id],
  ...over,
});
const clearDay = async () => db().session.deleteMany({ where: { eventId: w.event.id } });

describe("createSession", () => {
  it("sets and keeps the HOST role the public session page shows", async () => {
    await clearDay();
    const { id } = expectOk(await createSession(w.actors.member, form({ hostIds: [w.speaker.id], speakerIds: [] })));
    const roles = () => db().sessionRole.findMany({ where: { sessionId: id }, select: { personId: true, role: true } });
    expect(await roles()).toEqual([{ personId: w.speaker.id, role: "HOST" }]);
    const editable = expectOk(await getSessionForEditing(w.actors.member, { sessionId: id }));
    expect(editable).toMatchObject({ hostIds: [w.speaker.id], speakerIds: [] });
    // Saving the form as it was loaded keeps the host (before, an edit dropped every HOST row).
    expectOk(
      await updateSession(w.actors.member, {
        ...form({ hostIds: editable.hostIds, speakerIds: [] }),
        sessionId: id,
        version: editable.version,
      }),
    );
    expect(await roles()).toEqual([{ personId: w.speaker.id, role: "HOST" }]);
    expect(await createSession(w.actors.member, form({ hostIds: [w.theirPerson.id] }))).toMatchObject({ code: "not_found" });
  });

  it("stores Jinan 10:00 as 02:00 UTC with its relays, speaker and an audit row", async () => {
    await clearDay();
    const { id } = expectOk(await createSession(w.actors.member, form({ title: { en: "<img src=x onerror=alert(1)>" } })));
    const s = await db().session.findUniqueOrThrow({
      where: { id },
      select: {
        startsAt: true,
        endsAt: true,
        title: true,
        relays: { select: { venueId: true } },
        roles: { select: { personId: true, role: true } },
      },
    });
    expect(s.startsAt.toISOString()).toBe("2020-07-30T02:00:00.000Z");
    expect(s.endsAt.toISOString()).toBe("2020-07-30T03:00:00.000Z");
    expect(s.title).toEqual({ en: "<img src=x onerror=alert(1)>" });
    expect(s.relays.map((r) => r.venueId).sort()).toEqual([w.tokyo.id, w.osaka.id].sort());
    expect(s.roles).toEqual([{ personId: w.speaker.id, role: "SPEAKER" }]);
    expect(await db().auditLog.count({ where: { entityId: id, action: "create" } })).toBe(1);
    const editable = expectOk(await getSessionForEditing(w.actors.member, { sessionId: id }));
    expect(editable).toMatchObject({ startLocal: "2020-07-30T10:00", hostOffsetLabel: "UTC+8", speakerIds: [w.speaker.id] });
  });

  it("handles daylight saving at a Berlin venue: across the October change, and the March gap rejected", async () => {
    const event = await makeEvent(db(), w.orgId, {
      startDate: new Date("2020-10-24T00:00:00Z"),
      endDate: new Date("2020-10-25T00:00:00Z"),
    });
    const berlin = await makeVenue(db(), event.id, { timeZone: "Europe/Berlin", city: localized("Berlin") });
    const base = { eventId: event.id, hostVenueId: berlin.id, relayVenueIds: [], speakerIds: [] };
    // 25 Oct 2020: 03:00 CEST falls back to 02:00 CET, so 01:30–03:30 lasts three hours.
    const { id } = expectOk(
      await createSession(w.actors.member, form({ ...base, startLocal: "2020-10-25T01:30", endLocal: "2020-10-25T03:30" })),
    );
    const s = await db().session.findUniqueOrThrow({ where: { id }, select: { startsAt: true, endsAt: true } });
    expect(s.startsAt.toISOString()).toBe("2020-10-24T23:30:00.000Z");
    expect(s.endsAt.toISOString()).toBe("2020-10-25T02:30:00.000Z");
    expect(expectOk(await getSessionForEditing(w.actors.member, { sessionId: id })).endLocal).toBe("2020-10-25T03:30");

    const before = await snapshotDatabase();
    const gap = await createSession(
      w.actors.member,
      form({ ...base, startLocal: "2020-03-29T02:30", endLocal: "2020-03-29T04:00", acceptWarnings: true }),
    );
    expect(inEnglish(gap)).toMatchObject({
      code: "invalid",
      fieldErrors: { startLocal: [expect.stringMatching(/does not exist in Europe\/Berlin/)] },
    });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("warns about a double-booked venue, a speaker in two places and dates outside the event; saves when accepted", async () => {
    await clearDay();
    expectOk(await createSession(w.actors.member, form()));
    const before = await snapshotDatabase();
    const clash = await createSession(
      w.actors.member,
      form({ hostVenueId: w.tokyo.id, relayVenueIds: [], startLocal: "2020-07-30T11:30", endLocal: "2020-07-30T12:00" }),
    );
    expect(clash).toMatchObject({ ok: false, code: "warnings" });
    const codes = clash.ok || clash.code !== "warnings" ? [] : clash.warnings.map((x) => x.code);
    expect(codes.sort()).toEqual(["speaker_double_booked", "venue_double_booked"]);
    const late = await createSession(
      w.actors.member,
      form({ relayVenueIds: [], speakerIds: [], startLocal: "2020-07-31T10:00", endLocal: "2020-07-31T11:00" }),
    );
    expect(late).toMatchObject({ code: "warnings", warnings: [{ code: "outside_event_dates" }] });
    expect(await snapshotDatabase()).toEqual(before);

    expectOk(
      await createSession(
        w.actors.member,
        form({
          hostVenueId: w.tokyo.id,
          relayVenueIds: [],
          startLocal: "2020-07-30T11:30",
          endLocal: "2020-07-30T12:00",
          acceptWarnings: "on",
        }),
      ),
    );
    const check = expectOk(
      await checkSessionWarnings(w.actors.member, form({ startLocal: "2020-07-30T13:00", endLocal: "2020-07-30T14:00" })),
    );
    expect(check.warnings).toEqual([]);
  });

  it("rejects end before start and foreign ids: other event's venue is a field error, other organization's records not found", async () => {
    const before = await snapshotDatabase();
    expect(inEnglish(await createSession(w.actors.member, form({ endLocal: "2020-07-30T09:00" })))).toMatchObject({
      code: "invalid",
      fieldErrors: { endLocal: [expect.stringMatching(/after the start/)] },
    });
    const sibling = await makeVenue(db(), (await makeEvent(db(), w.orgId)).id);
    const snap = await snapshotDatabase();
    expect(await createSession(w.actors.member, form({ relayVenueIds: [sibling.id] }))).toMatchObject({
      code: "invalid",
      fieldErrors: { relayVenueIds: expect.any(Array) },
    });
    expect(await createSession(w.actors.member, form({ relayVenueIds: [w.theirs.tokyo.id] }))).toMatchObject({ code: "not_found" });
    expect(await createSession(w.actors.member, form({ hostVenueId: w.theirs.jinan.id }))).toMatchObject({ code: "not_found" });
    expect(await createSession(w.actors.member, form({ speakerIds: [w.theirPerson.id] }))).toMatchObject({ code: "not_found" });
    expect(
      await createSession(w.actors.member, form({ title: { en: "t".repeat(50_000) }, streamUrl: "javascript:alert(1)" })),
    ).toMatchObject({
      code: "invalid",
      fieldErrors: { "title.en": expect.any(Array), streamUrl: expect.any(Array) },
    });
    expect(await snapshotDatabase()).toEqual(snap);
    expect(snap.sessions).toEqual(before.sessions);
  });

  it("refuses outsiders and changes nothing", async () => {
    await expectOutsidersRefused(w, (actor) => createSession(actor, form({ acceptWarnings: true })));
    await expectOutsidersRefused(w, (actor) => checkSessionWarnings(actor, form()));
  });
});

describe("updateSession and deleteSession", () => {
  it("the second of two saves from the same version gets conflict and changes nothing", async () => {
    await clearDay();
    const { id, version } = expectOk(await createSession(w.actors.member, form()));
    expectOk(
      await updateSession(w.actors.member, {
        ...form({ relayVenueIds: [w.tokyo.id], startLocal: "2020-07-30T10:30", endLocal: "2020-07-30T11:30" }),
        sessionId: id,
        version,
      }),
    );
    const before = await snapshotDatabase();
    const second = await updateSession(w.actors.admin, { ...form({ title: { en: "Mine" } }), sessionId: id, version });
    expect(inEnglish(second)).toMatchObject({ ok: false, code: "conflict", message: expect.stringMatching(/changed by someone else/) });
    expect(await snapshotDatabase()).toEqual(before);
    const s = await db().session.findUniqueOrThrow({ where: { id }, select: { startsAt: true, relays: { select: { venueId: true } } } });
    expect(s).toEqual({ startsAt: new Date("2020-07-30T02:30:00Z"), relays: [{ venueId: w.tokyo.id }] });
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entityId: id, action: "update" },
      select: { before: true, after: true },
    });
    expect(audit).toMatchObject({ before: { startsAt: "2020-07-30T02:00:00.000Z" }, after: { startsAt: "2020-07-30T02:30:00.000Z" } });
  });

  it("does not warn a session about itself; refuses outsiders; deletes with version", async () => {
    await clearDay();
    const { id, version } = expectOk(await createSession(w.actors.member, form()));
    expectOk(await updateSession(w.actors.member, { ...form({ title: { en: "Renamed" } }), sessionId: id, version }));
    await expectOutsidersRefused(w, (actor) => updateSession(actor, { ...form(), sessionId: id, version: version + 1 }));
    await expectOutsidersRefused(w, (actor) => deleteSession(actor, { sessionId: id, version: version + 1 }));
    await expectOutsidersRefused(w, (actor) => getSessionForEditing(actor, { sessionId: id }));
    await expectOutsidersRefused(w, (actor) => listSessions(actor, { eventId: w.event.id }));
    expect(await deleteSession(w.actors.member, { sessionId: id, version })).toMatchObject({ code: "conflict" });
    expectOk(await deleteSession(w.actors.member, { sessionId: id, version: version + 1 }));
    expect(await db().sessionRelay.count({ where: { sessionId: id } })).toBe(0);
    expect(await db().auditLog.count({ where: { entityId: id, action: "delete" } })).toBe(1);
  });
});

describe("listSessions", () => {
  it("lists sessions in their host venue's local time with the offset", async () => {
    await clearDay();
    expectOk(
      await createSession(
        w.actors.member,
        form({ hostVenueId: w.tokyo.id, relayVenueIds: [w.jinan.id], startLocal: "2020-07-30T15:00", endLocal: "2020-07-30T16:00" }),
      ),
    );
    const [item] = expectOk(await listSessions(w.actors.member, { eventId: w.event.id }));
    expect(item).toMatchObject({ startLocal: "2020-07-30T15:00", offsetLabel: "UTC+9", relayVenueNames: [expect.any(Object)] });
  });
});
