import { beforeAll, describe, expect, it } from "vitest";
import { createVideoMessage } from "@/prisma/seed/factories";
import { db } from "@/server/db/client";
import { useTestDatabase } from "@/server/testing/test-database";
import { changeVideoStatus } from "./change-video-status.ts";
import { markPlayed } from "./mark-played.ts";
import {
  createReadyMessage,
  createVideoWorld,
  expectOk,
  expectOutsidersRefused,
  snapshotVideos,
  type VideoWorld,
} from "./testing/video-world.ts";

useTestDatabase();
let w: VideoWorld;
beforeAll(async () => {
  w = await createVideoWorld();
});

const statusOf = async (id: string) => db().videoMessage.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } });

describe("changeVideoStatus", () => {
  it("walks requested → received → approved → scheduled → played, each change audited with before/after", async () => {
    const m = await createVideoMessage(
      db(),
      { eventId: w.event.id, personId: w.people.minister.id, sessionId: w.session.id },
      {
        mediaUrl: "https://media.example.org/a.mp4",
        captions: { zh: "c.vtt" },
      },
    );
    let version = 1;
    for (const [status, actor] of [
      ["RECEIVED", w.actors.member],
      ["APPROVED", w.actors.admin],
      ["SCHEDULED", w.actors.member],
      ["PLAYED", w.actors.admin],
    ] as const) {
      const data = expectOk(await changeVideoStatus(actor, { videoMessageId: m.id, version, status }));
      expect(data).toEqual({ id: m.id, status, version: version + 1 });
      version += 1;
    }
    const audit = await db().auditLog.findMany({
      where: { entityId: m.id, action: "status" },
      orderBy: { id: "asc" },
      select: { before: true, after: true, eventId: true },
    });
    expect(audit.map((a) => [(a.before as { status: string }).status, (a.after as { status: string }).status])).toEqual([
      ["REQUESTED", "RECEIVED"],
      ["RECEIVED", "APPROVED"],
      ["APPROVED", "SCHEDULED"],
      ["SCHEDULED", "PLAYED"],
    ]);
    expect(audit.every((a) => a.eventId === w.event.id)).toBe(true);
    expect((await db().videoMessage.findUniqueOrThrow({ where: { id: m.id }, select: { playedAt: true } })).playedAt).toBeInstanceOf(Date);
  });

  it("allows one step back where it makes sense", async () => {
    const m = await createReadyMessage(w, { status: "SCHEDULED" });
    expectOk(await changeVideoStatus(w.actors.member, { videoMessageId: m.id, version: 1, status: "APPROVED" }));
    expectOk(await changeVideoStatus(w.actors.member, { videoMessageId: m.id, version: 2, status: "RECEIVED" }));
    expectOk(await changeVideoStatus(w.actors.member, { videoMessageId: m.id, version: 3, status: "REQUESTED" }));
  });

  it("refuses skipped and backward-jumping transitions without writing", async () => {
    const cases = [
      ["REQUESTED", "APPROVED"],
      ["REQUESTED", "PLAYED"],
      ["RECEIVED", "SCHEDULED"],
      ["APPROVED", "PLAYED"],
      ["PLAYED", "REQUESTED"],
      ["SCHEDULED", "REQUESTED"],
      ["RECEIVED", "RECEIVED"],
    ] as const;
    for (const [from, to] of cases) {
      const m = await createReadyMessage(w, { status: from });
      const before = await snapshotVideos();
      expect(await changeVideoStatus(w.actors.admin, { videoMessageId: m.id, version: 1, status: to }), `${from} → ${to}`).toMatchObject({
        ok: false,
        code: "invalid",
        fieldErrors: { status: expect.any(Array) },
      });
      expect(await snapshotVideos()).toEqual(before);
    }
  });

  it("checks the role and organization on every transition", async () => {
    for (const [from, to] of [
      ["REQUESTED", "RECEIVED"],
      ["RECEIVED", "APPROVED"],
      ["APPROVED", "SCHEDULED"],
      ["SCHEDULED", "PLAYED"],
      ["APPROVED", "RECEIVED"],
    ] as const) {
      const m = await createReadyMessage(w, { status: from });
      await expectOutsidersRefused(w, (actor) => changeVideoStatus(actor, { videoMessageId: m.id, version: 1, status: to }));
      expect(await statusOf(m.id)).toEqual({ status: from, version: 1 });
      expectOk(await changeVideoStatus(w.actors.member, { videoMessageId: m.id, version: 1, status: to }));
    }
  });

  it("requires captions in one of the event's languages before approval", async () => {
    const none = await createReadyMessage(w, { captions: undefined });
    const before = await snapshotVideos();
    const refused = await changeVideoStatus(w.actors.member, { videoMessageId: none.id, version: 1, status: "APPROVED" });
    expect(refused).toMatchObject({ ok: false, code: "invalid" });
    expect(JSON.stringify(refused)).toMatch(/captions/i);
    // Captions in a language the event does not use do not count.
    const enOnly = await createReadyMessage(w, { captions: { en: "e.vtt" } });
    await db().event.update({ where: { id: w.event.id }, data: { languages: ["zh", "ja"] } });
    expect(await changeVideoStatus(w.actors.member, { videoMessageId: enOnly.id, version: 1, status: "APPROVED" })).toMatchObject({
      code: "invalid",
    });
    await db().event.update({ where: { id: w.event.id }, data: { languages: ["en", "zh", "ja"] } });
    expect(await snapshotVideos()).toEqual({ ...before, messages: expect.any(Array) });
    expectOk(await changeVideoStatus(w.actors.member, { videoMessageId: enOnly.id, version: 1, status: "APPROVED" }));
  });

  it("needs media to be received and a session to be scheduled", async () => {
    const bare = await createVideoMessage(db(), { eventId: w.event.id, personId: w.people.secretary.id });
    expect(await changeVideoStatus(w.actors.member, { videoMessageId: bare.id, version: 1, status: "RECEIVED" })).toMatchObject({
      code: "invalid",
    });
    const unsessioned = await createReadyMessage(w, { status: "APPROVED", sessionId: null });
    expect(await changeVideoStatus(w.actors.member, { videoMessageId: unsessioned.id, version: 1, status: "SCHEDULED" })).toMatchObject({
      code: "invalid",
    });
  });

  it("answers a stale version with a conflict and changes nothing", async () => {
    const m = await createReadyMessage(w);
    expectOk(await changeVideoStatus(w.actors.member, { videoMessageId: m.id, version: 1, status: "APPROVED" }));
    const before = await snapshotVideos();
    expect(await changeVideoStatus(w.actors.admin, { videoMessageId: m.id, version: 1, status: "RECEIVED" })).toMatchObject({
      code: "conflict",
    });
    expect(await snapshotVideos()).toEqual(before);
  });
});

describe("markPlayed", () => {
  it("marks approved or scheduled messages played once; a repeat answers the same", async () => {
    const m = await createReadyMessage(w, { status: "APPROVED" });
    const first = expectOk(await markPlayed(w.actors.member, { videoMessageId: m.id }));
    const again = expectOk(await markPlayed(w.actors.member, { videoMessageId: m.id }));
    expect(again).toEqual(first);
    expect(await db().auditLog.count({ where: { entityId: m.id, action: "played" } })).toBe(1);
  });

  it("refuses unapproved messages and outsiders", async () => {
    const m = await createReadyMessage(w, { status: "RECEIVED" });
    expect(await markPlayed(w.actors.member, { videoMessageId: m.id })).toMatchObject({ code: "invalid" });
    const ok = await createReadyMessage(w, { status: "SCHEDULED" });
    await expectOutsidersRefused(w, (actor) => markPlayed(actor, { videoMessageId: ok.id }));
  });
});
