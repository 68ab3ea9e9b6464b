import { beforeAll, describe, expect, it } from "vitest";
import { createEvent } from "@/prisma/seed/factories";
import { loadPublicAgenda } from "@/server/agenda/load-agenda";
import { db } from "@/server/db/client";
import { inEnglish } from "@/server/testing/in-english";
import { useTestDatabase } from "@/server/testing/test-database";
import { createSession } from "../sessions/create-session.ts";
import { getSessionForEditing } from "../sessions/get-session-for-editing.ts";
import { updateSession } from "../sessions/update-session.ts";
import {
  createOrganizerWorld,
  expectOk,
  expectOutsidersRefused,
  snapshotDatabase,
  type OrganizerWorld,
} from "../testing/organizer-world.ts";
import { createTrack } from "./create-track.ts";
import { deleteTrack } from "./delete-track.ts";
import { updateTrack } from "./update-track.ts";

useTestDatabase();
let w: OrganizerWorld;
beforeAll(async () => {
  w = await createOrganizerWorld();
});

const jinanTrack = { name: { en: "City of Jinan", zh: "济南市专场", ja: "済南市セミナー" }, color: "rose" };
const sessionForm = (over: Record<string, unknown> = {}) => ({
  eventId: w.event.id,
  type: "CITY_SEMINAR",
  title: { en: "Jinan city seminar" },
  startLocal: "2020-07-30T14:00",
  endLocal: "2020-07-30T15:30",
  hostVenueId: w.jinan.id,
  language: "zh",
  acceptWarnings: true,
  ...over,
});

describe("tracks", () => {
  it("create then edit: the same row is renamed and recoloured, no new row, version up, audit rows", async () => {
    const { id } = expectOk(await createTrack(w.actors.member, { eventId: w.event.id, ...jinanTrack }));
    const count = await db().track.count();
    expect(
      await db().track.findUniqueOrThrow({ where: { id }, select: { name: true, color: true, position: true, version: true } }),
    ).toEqual({ name: jinanTrack.name, color: "rose", position: 0, version: 1 });

    const saved = expectOk(
      await updateTrack(w.actors.member, {
        trackId: id,
        version: "1",
        name: { en: "Jinan", zh: "济南", ja: "済南" },
        color: "sky",
        position: "3",
      }),
    );
    expect(saved).toEqual({ id, version: 2 });
    expect(await db().track.count()).toBe(count);
    expect(
      await db().track.findUniqueOrThrow({ where: { id }, select: { name: true, color: true, position: true, version: true } }),
    ).toEqual({ name: { en: "Jinan", zh: "济南", ja: "済南" }, color: "sky", position: 3, version: 2 });
    expect(await db().auditLog.count({ where: { entity: "Track", entityId: id } })).toBe(2);
  });

  it("a stale version is 'changed by someone else' and changes nothing", async () => {
    const { id } = expectOk(await createTrack(w.actors.member, { eventId: w.event.id, ...jinanTrack }));
    expectOk(await updateTrack(w.actors.member, { trackId: id, version: 1, ...jinanTrack, color: "teal" }));
    const before = await snapshotDatabase();
    expect(await updateTrack(w.actors.admin, { trackId: id, version: 1, ...jinanTrack, color: "amber" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await deleteTrack(w.actors.admin, { trackId: id, version: 1 })).toMatchObject({ ok: false, code: "conflict" });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("rejects a colour outside the palette and a name in no language, field by field, changing nothing", async () => {
    const before = await snapshotDatabase();
    const result = await createTrack(w.actors.member, { eventId: w.event.id, name: { en: " ", zh: "" }, color: "#ff00ff" });
    expect(inEnglish(result)).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { color: ["Choose a colour from the list"], name: expect.any(Array) },
    });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("refuses outsiders; another organization's event and track answer not found", async () => {
    await expectOutsidersRefused(w, (actor) => createTrack(actor, { eventId: w.event.id, ...jinanTrack }));
    const theirs = await db().track.create({ data: { eventId: w.theirs.event.id, name: { en: "Theirs" }, color: "lime" } });
    const before = await snapshotDatabase();
    expect(await createTrack(w.actors.member, { eventId: w.theirs.event.id, ...jinanTrack })).toMatchObject({ code: "not_found" });
    expect(await updateTrack(w.actors.member, { trackId: theirs.id, version: 1, ...jinanTrack })).toMatchObject({ code: "not_found" });
    expect(await deleteTrack(w.actors.member, { trackId: theirs.id, version: 1 })).toMatchObject({ code: "not_found" });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("a session picks a track of its own event; another event's is a field error, another organization's not found", async () => {
    const { id: trackId } = expectOk(await createTrack(w.actors.member, { eventId: w.event.id, ...jinanTrack }));
    const { id } = expectOk(await createSession(w.actors.member, sessionForm({ trackId })));
    const editable = expectOk(await getSessionForEditing(w.actors.member, { sessionId: id }));
    expect(editable.trackId).toBe(trackId);
    // Clearing the track in the form ("No track" posts "") removes it.
    expectOk(await updateSession(w.actors.member, { ...sessionForm({ trackId: "" }), sessionId: id, version: editable.version }));
    expect((await db().session.findUniqueOrThrow({ where: { id }, select: { trackId: true } })).trackId).toBeNull();

    const sibling = await createEvent(db(), w.orgId);
    const siblingTrack = await db().track.create({ data: { eventId: sibling.id, name: { en: "Sibling" }, color: "lime" } });
    expect(inEnglish(await createSession(w.actors.member, sessionForm({ trackId: siblingTrack.id })))).toMatchObject({
      code: "invalid",
      fieldErrors: { trackId: ["Choose a track of this event"] },
    });
    const theirs = await db().track.create({ data: { eventId: w.theirs.event.id, name: { en: "Theirs" }, color: "lime" } });
    expect(await createSession(w.actors.member, sessionForm({ trackId: theirs.id }))).toMatchObject({ code: "not_found" });
  });

  it("the public agenda carries the tracks' names in every language and colours; deleting a track keeps its sessions", async () => {
    await db().event.update({ where: { id: w.event.id }, data: { status: "PUBLISHED" } });
    const { id: trackId } = expectOk(await createTrack(w.actors.member, { eventId: w.event.id, ...jinanTrack, color: "violet" }));
    const { id: sessionId } = expectOk(await createSession(w.actors.member, sessionForm({ trackId })));
    const agenda = await loadPublicAgenda(w.event.slug);
    expect(agenda?.tracks).toContainEqual({ id: trackId, name: jinanTrack.name, color: "violet" });
    expect(agenda?.sessions.find((s) => s.id === sessionId)?.trackId).toBe(trackId);

    expectOk(await deleteTrack(w.actors.member, { trackId, version: 1 }));
    expect(await db().session.findUniqueOrThrow({ where: { id: sessionId }, select: { trackId: true } })).toEqual({ trackId: null });
  });
});
