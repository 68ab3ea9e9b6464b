import { beforeAll, describe, expect, it } from "vitest";
import { createPerson, createVideoMessage, localized } from "@/prisma/seed/factories";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { useTestDatabase } from "@/server/testing/test-database";
import { listParticipants } from "./list-participants.ts";
import { removeParticipant } from "./remove-participant.ts";
import { setAttendanceMode } from "./set-attendance-mode.ts";
import { createVideoWorld, expectOk, expectOutsidersRefused, snapshotVideos, type VideoWorld } from "./testing/video-world.ts";
import { inEnglish } from "@/server/testing/in-english";

useTestDatabase();
let w: VideoWorld;
beforeAll(async () => {
  w = await createVideoWorld();
  const { ambassador, formerPm, minister, secretary } = w.people;
  await setAttendanceMode(w.actors.member, { eventId: w.event.id, personId: ambassador.id, mode: "IN_PERSON", venueId: w.tokyo.id });
  await setAttendanceMode(w.actors.member, { eventId: w.event.id, personId: formerPm.id, mode: "VIDEO_MESSAGE" });
  await setAttendanceMode(w.actors.member, { eventId: w.event.id, personId: minister.id, mode: "ONLINE", venueId: w.online.id });
  await setAttendanceMode(w.actors.member, { eventId: w.event.id, personId: secretary.id, mode: "ONLINE" });
});

const participation = (personId: string) =>
  db().eventParticipant.findUnique({ where: { eventId_personId: { eventId: w.event.id, personId } }, select: { mode: true } });

describe("listParticipants", () => {
  it("lists the event's participants in protocol order with person, mode and venue, and the event's venues", async () => {
    for (const actor of [w.actors.member, w.actors.admin]) {
      const data = expectOk(await listParticipants(actor, { eventId: w.event.id }));
      expect(data.event).toMatchObject({ id: w.event.id, organizationId: w.orgId, sideAName: localized("Side A", "甲方", "A側") });
      expect(data.participants.map((p) => p.personId)).toEqual([
        w.people.formerPm.id,
        w.people.secretary.id,
        w.people.minister.id,
        w.people.ambassador.id,
      ]);
      expect(data.participants[3]).toEqual({
        personId: w.people.ambassador.id,
        mode: "IN_PERSON",
        venue: { id: w.tokyo.id, name: w.tokyo.name, kind: "PHYSICAL" },
        person: expect.objectContaining({ name: localized("Ambassador"), country: "JP", side: "B", precedence: 40, isVip: true }),
      });
      expect(Object.keys(data.participants[0].person).sort()).toEqual([
        "affiliation",
        "country",
        "honorific",
        "isVip",
        "name",
        "precedence",
        "side",
        "title",
      ]);
      expect(data.participants[1]).toMatchObject({ mode: "ONLINE", venue: null });
      expect(data.venues.map((v) => v.id)).toEqual([w.jinan.id, w.tokyo.id, w.online.id]);
    }
  });

  it("answers not found outside the actor's organizations and refuses non-organizers", async () => {
    expect(await listParticipants(w.actors.outsider, { eventId: w.event.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await listParticipants(w.actors.member, { eventId: w.theirs.event.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await listParticipants(w.actors.member, { eventId: "missing" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await listParticipants(w.actors.delegate, { eventId: w.event.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await listParticipants(null, { eventId: w.event.id })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await listParticipants(w.actors.member, {})).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { eventId: expect.any(Array) },
    });
  });
});

describe("removeParticipant", () => {
  const remove = (actor: CurrentUser | null, personId: string) => removeParticipant(actor, { eventId: w.event.id, personId });

  it("refuses outsiders without writing, then removes for the org's organizer and for an admin, audited", async () => {
    const { ambassador, minister } = w.people;
    await expectOutsidersRefused(w, (actor) => remove(actor, ambassador.id));
    expect(await participation(ambassador.id)).toEqual({ mode: "IN_PERSON" });

    expect(expectOk(await remove(w.actors.member, ambassador.id))).toEqual({ eventId: w.event.id, personId: ambassador.id });
    expect(await participation(ambassador.id)).toBeNull();
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "EventParticipant", entityId: `${w.event.id}:${ambassador.id}`, action: "delete" },
      select: { actorId: true, organizationId: true, before: true, after: true },
    });
    expect(audit).toEqual({
      actorId: w.actors.member.id,
      organizationId: w.orgId,
      before: { mode: "IN_PERSON", venueId: w.tokyo.id },
      after: null,
    });

    expectOk(await remove(w.actors.admin, minister.id));
    expect(await participation(minister.id)).toBeNull();
    // A second removal (double submit) finds nothing and writes nothing.
    const before = await snapshotVideos();
    expect(await remove(w.actors.member, minister.id)).toMatchObject({ ok: false, code: "not_found" });
    expect(await snapshotVideos()).toEqual(before);
  });

  it("refuses while the person has video messages or session roles in the event, with a clear message", async () => {
    const { formerPm } = w.people;
    await createVideoMessage(db(), { eventId: w.event.id, personId: formerPm.id, sessionId: w.session.id });
    let before = await snapshotVideos();
    const refused = await remove(w.actors.member, formerPm.id);
    expect(inEnglish(refused)).toMatchObject({
      ok: false,
      code: "invalid",
      message: expect.stringMatching(/video message.*Delete those messages first/),
      fieldErrors: { _form: [expect.any(String)] },
    });
    expect(await snapshotVideos()).toEqual(before);

    const speaker = await createPerson(db(), w.orgId, { name: localized("Speaker") });
    expectOk(
      await setAttendanceMode(w.actors.member, { eventId: w.event.id, personId: speaker.id, mode: "IN_PERSON", venueId: w.jinan.id }),
    );
    await db().sessionRole.create({ data: { sessionId: w.plenary.id, personId: speaker.id, role: "SPEAKER" } });
    before = await snapshotVideos();
    expect(inEnglish(await remove(w.actors.member, speaker.id))).toMatchObject({
      ok: false,
      code: "invalid",
      message: expect.stringMatching(/role.*sessions/),
    });
    expect(await snapshotVideos()).toEqual(before);
  });

  it("answers not found for another organization's event and rejects bad input", async () => {
    const before = await snapshotVideos();
    expect(await removeParticipant(w.actors.member, { eventId: w.theirs.event.id, personId: w.theirVip.id })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await removeParticipant(w.actors.member, { eventId: w.event.id })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { personId: expect.any(Array) },
    });
    expect(await snapshotVideos()).toEqual(before);
  });
});
