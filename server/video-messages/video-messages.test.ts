import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { useTestDatabase } from "@/server/testing/test-database";
import { createVideoMessage } from "./create-video-message.ts";
import { deleteVideoMessage } from "./delete-video-message.ts";
import { listPublicVideoMessages } from "./list-public-video-messages.ts";
import { setAttendanceMode } from "./set-attendance-mode.ts";
import {
  createReadyMessage,
  createVideoWorld,
  expectOk,
  expectOutsidersRefused,
  snapshotVideos,
  useTempStorage,
  type VideoWorld,
} from "./testing/video-world.ts";
import { updateVideoMessage } from "./update-video-message.ts";

useTestDatabase();
let w: VideoWorld;
beforeAll(async () => {
  await useTempStorage();
  w = await createVideoWorld();
});

const form = (over: Record<string, unknown> = {}) => ({
  eventId: w.event.id,
  personId: w.people.formerPm.id,
  sessionId: w.session.id,
  title: { en: "Congratulations", ja: "祝辞", zh: "" },
  mediaUrl: "https://media.example.org/pm.mp4",
  durationSec: "245",
  language: "ja",
  notes: "<script>alert(1)</script>",
  ...over,
});

describe("createVideoMessage", () => {
  it("records a VIP's message, audited, and marks the VIP as taking part by video", async () => {
    const { id } = expectOk(await createVideoMessage(w.actors.member, form({ status: "RECEIVED" })));
    expect(
      await db().videoMessage.findUniqueOrThrow({
        where: { id },
        select: { title: true, status: true, durationSec: true, notes: true, position: true },
      }),
    ).toEqual({
      title: { en: "Congratulations", ja: "祝辞" },
      status: "RECEIVED",
      durationSec: 245,
      notes: "<script>alert(1)</script>",
      position: null,
    });
    expect(
      await db().eventParticipant.findUniqueOrThrow({
        where: { eventId_personId: { eventId: w.event.id, personId: w.people.formerPm.id } },
        select: { mode: true },
      }),
    ).toEqual({ mode: "VIDEO_MESSAGE" });
    expect(await db().auditLog.count({ where: { entity: "VideoMessage", entityId: id, action: "create" } })).toBe(1);
  });

  it("refuses bad links, foreign people, non-video sessions and outsiders without writing", async () => {
    const before = await snapshotVideos();
    for (const [over, field] of [
      [{ mediaUrl: "javascript:alert(1)" }, "mediaUrl"],
      [{ mediaUrl: "http://media.example.org/a.mp4" }, "mediaUrl"],
      [{ mediaUrl: "https://evil.example/a.mp4" }, "mediaUrl"],
      [{ personId: w.theirVip.id }, "personId"],
      [{ sessionId: w.plenary.id }, "sessionId"],
      [{ sessionId: w.theirSession.id }, "sessionId"],
      [{ durationSec: "0" }, "durationSec"],
      [{ status: "RECEIVED", mediaUrl: "" }, "mediaUrl"],
      [{ status: "APPROVED" }, "status"],
    ] as const) {
      expect(await createVideoMessage(w.actors.member, form(over)), JSON.stringify(over)).toMatchObject({
        code: "invalid",
        fieldErrors: { [field]: expect.any(Array) },
      });
    }
    expect(await createVideoMessage(w.actors.member, form({ eventId: w.theirs.event.id }))).toMatchObject({ code: "not_found" });
    expect(await snapshotVideos()).toEqual(before);
    await expectOutsidersRefused(w, (actor) => createVideoMessage(actor, form()));
  });
});

describe("updateVideoMessage", () => {
  it("saves with the current version and conflicts on a stale one", async () => {
    const m = await createReadyMessage(w);
    const saved = expectOk(await updateVideoMessage(w.actors.member, { videoMessageId: m.id, version: 1, ...form({ durationSec: 100 }) }));
    expect(saved).toEqual({ id: m.id, version: 2, status: "RECEIVED" });
    const before = await snapshotVideos();
    expect(await updateVideoMessage(w.actors.admin, { videoMessageId: m.id, version: 1, ...form() })).toMatchObject({ code: "conflict" });
    expect(await snapshotVideos()).toEqual(before);
    await expectOutsidersRefused(w, (actor) => updateVideoMessage(actor, { videoMessageId: m.id, version: 2, ...form() }));
  });

  it("sends an approved message back to review when its link changes; moving session clears its position", async () => {
    const m = await createReadyMessage(w, { status: "APPROVED", position: 7 });
    const saved = expectOk(
      await updateVideoMessage(w.actors.member, {
        videoMessageId: m.id,
        version: 1,
        ...form({ mediaUrl: "https://vimeo.com/1", sessionId: w.otherSession.id }),
      }),
    );
    expect(saved.status).toBe("RECEIVED");
    expect(await db().videoMessage.findUniqueOrThrow({ where: { id: m.id }, select: { position: true, sessionId: true } })).toEqual({
      position: null,
      sessionId: w.otherSession.id,
    });
  });
});

describe("deleteVideoMessage", () => {
  it("deletes unplayed messages; played ones stay on record", async () => {
    const m = await createReadyMessage(w);
    await expectOutsidersRefused(w, (actor) => deleteVideoMessage(actor, { videoMessageId: m.id, version: 1 }));
    expectOk(await deleteVideoMessage(w.actors.member, { videoMessageId: m.id, version: 1 }));
    expect(await db().videoMessage.count({ where: { id: m.id } })).toBe(0);
    const played = await createReadyMessage(w, { status: "PLAYED" });
    expect(await deleteVideoMessage(w.actors.member, { videoMessageId: played.id, version: 1 })).toMatchObject({ code: "invalid" });
  });
});

describe("setAttendanceMode", () => {
  it("records in person at a physical venue, online, or by video message", async () => {
    const personId = w.people.ambassador.id;
    expect(
      expectOk(await setAttendanceMode(w.actors.member, { eventId: w.event.id, personId, mode: "IN_PERSON", venueId: w.tokyo.id })),
    ).toMatchObject({ mode: "IN_PERSON", venueId: w.tokyo.id });
    expect(
      expectOk(await setAttendanceMode(w.actors.member, { eventId: w.event.id, personId, mode: "VIDEO_MESSAGE", venueId: w.tokyo.id })),
    ).toMatchObject({ mode: "VIDEO_MESSAGE", venueId: null });
    expect(
      await setAttendanceMode(w.actors.member, { eventId: w.event.id, personId, mode: "IN_PERSON", venueId: w.online.id }),
    ).toMatchObject({ code: "invalid", fieldErrors: { venueId: expect.any(Array) } });
    expect(
      await setAttendanceMode(w.actors.member, { eventId: w.event.id, personId, mode: "IN_PERSON", venueId: w.theirs.jinan.id }),
    ).toMatchObject({ code: "invalid" });
    expect(await setAttendanceMode(w.actors.member, { eventId: w.event.id, personId: w.theirVip.id, mode: "ONLINE" })).toMatchObject({
      code: "invalid",
    });
    await expectOutsidersRefused(w, (actor) => setAttendanceMode(actor, { eventId: w.event.id, personId, mode: "ONLINE" }));
    expect(await db().auditLog.count({ where: { entity: "EventParticipant", entityId: `${w.event.id}:${personId}` } })).toBe(2);
  });
});

describe("listPublicVideoMessages", () => {
  it("shows approved messages with captions only when the event is public about its videos", async () => {
    const approved = await createReadyMessage(w, {
      status: "APPROVED",
      mediaFile: "f--video--0123456789abcdef.mp4",
      mediaUrl: null,
      captions: { ja: "f--captions-ja--0123456789abcdef.vtt" },
    });
    await createReadyMessage(w, { status: "RECEIVED" });
    const slug = w.event.slug;
    expect(await listPublicVideoMessages({ slug })).toEqual([]);
    await db().event.update({ where: { id: w.event.id }, data: { videosPublic: true } });
    expect(await listPublicVideoMessages({ slug })).toEqual([]); // still a draft
    await db().event.update({ where: { id: w.event.id }, data: { status: "CONCLUDED" } });
    const shown = await listPublicVideoMessages({ slug });
    expect(shown.map((m) => m.id)).toContain(approved.id);
    expect(shown.every((m) => m.id !== undefined)).toBe(true);
    const mine = shown.find((m) => m.id === approved.id)!;
    expect(mine.src).toEqual({ kind: "file", url: "/api/media/f--video--0123456789abcdef.mp4" });
    expect(mine.captions).toEqual([{ language: "ja", url: "/api/media/f--captions-ja--0123456789abcdef.vtt" }]);
    expect(Object.keys(mine)).not.toContain("notes");
    const statuses = await db().videoMessage.findMany({ where: { id: { in: shown.map((m) => m.id) } }, select: { status: true } });
    expect(statuses.every((s) => ["APPROVED", "SCHEDULED", "PLAYED"].includes(s.status))).toBe(true);
    await db().event.update({ where: { id: w.event.id }, data: { videosPublic: false, status: "DRAFT" } });
  });
});
