import { beforeAll, describe, expect, it } from "vitest";
import { createVideoMessage } from "@/prisma/seed/factories";
import { db } from "@/server/db/client";
import { useTestDatabase } from "@/server/testing/test-database";
import { getRunOfShow } from "./get-run-of-show.ts";
import { reorderRunOfShow } from "./reorder-run-of-show.ts";
import { cueMessages, cueTimesByVenue, orderRunOfShow } from "./run-of-show-plan.ts";
import { createVideoWorld, expectOk, expectOutsidersRefused, snapshotVideos, type VideoWorld } from "./testing/video-world.ts";

useTestDatabase();
let w: VideoWorld;
let ids: { pm: string; secretary: string; minister: string; ambassador: string };
beforeAll(async () => {
  w = await createVideoWorld();
  const add = (personId: string, durationSec: number) =>
    createVideoMessage(db(), { eventId: w.event.id, personId, sessionId: w.session.id }, { durationSec });
  // Added in an order unlike protocol order, to see precedence decide.
  const ambassador = await add(w.people.ambassador.id, 215);
  const minister = await add(w.people.minister.id, 180);
  const pm = await add(w.people.formerPm.id, 310);
  const secretary = await add(w.people.secretary.id, 245);
  ids = { pm: pm.id, secretary: secretary.id, minister: minister.id, ambassador: ambassador.id };
});

const order = async () => expectOk(await getRunOfShow(w.actors.member, { sessionId: w.session.id })).items.map((i) => i.id);

describe("run-of-show arithmetic", () => {
  it("orders placed messages by position, then the rest by protocol precedence", () => {
    const at = new Date(0);
    const rows = [
      { id: "a", position: null, precedence: 30, createdAt: at },
      { id: "b", position: 2, precedence: 99, createdAt: at },
      { id: "c", position: null, precedence: 10, createdAt: at },
      { id: "d", position: 1, precedence: 50, createdAt: at },
    ];
    expect(orderRunOfShow(rows).map((r) => r.id)).toEqual(["d", "b", "c", "a"]);
  });

  it("cues each message at session start + earlier durations, on each venue's clock", () => {
    const { items, totalSec } = cueMessages(
      [{ durationSec: 310 }, { durationSec: 245 }, { durationSec: 3600 }],
      new Date("2020-07-30T15:50:00Z"),
    );
    expect(items.map((i) => i.offsetSec)).toEqual([0, 310, 555]);
    expect(totalSec).toBe(4155);
    const zones = [
      { venueId: "jinan", timeZone: "Asia/Shanghai" },
      { venueId: "tokyo", timeZone: "Asia/Tokyo" },
    ];
    // 15:55:10Z is 23:55:10 in Jinan but already the next day, 00:55:10, in Tokyo.
    expect(cueTimesByVenue(items[1].cueAt, zones)).toEqual([
      { venueId: "jinan", timeZone: "Asia/Shanghai", date: "2020-07-30", wall: "23:55:10", offset: "UTC+8" },
      { venueId: "tokyo", timeZone: "Asia/Tokyo", date: "2020-07-31", wall: "00:55:10", offset: "UTC+9" },
    ]);
  });
});

describe("getRunOfShow", () => {
  it("defaults to precedence order with cue times in Jinan, Tokyo and online, and warns of an overrun", async () => {
    const show = expectOk(await getRunOfShow(w.actors.member, { sessionId: w.session.id }));
    expect(show.items.map((i) => i.id)).toEqual([ids.pm, ids.secretary, ids.minister, ids.ambassador]);
    expect(show.items.map((i) => i.offsetSec)).toEqual([0, 310, 555, 735]);
    const minister = show.items[2];
    expect(minister.cueAt).toBe("2020-07-30T02:09:15.000Z");
    expect(minister.cues.map((c) => [c.timeZone, c.wall, c.offset])).toEqual([
      ["Asia/Shanghai", "10:09:15", "UTC+8"],
      ["Asia/Tokyo", "11:09:15", "UTC+9"],
      ["Asia/Shanghai", "10:09:15", "UTC+8"],
    ]);
    expect(show.totalSec).toBe(950);
    expect(show.session.lengthSec).toBe(600);
    expect(show.overrunSec).toBe(350);
  });

  it("is only for organizers of the event, and only for video-message sessions", async () => {
    await expectOutsidersRefused(w, (actor) => getRunOfShow(actor, { sessionId: w.session.id }));
    expect(await getRunOfShow(w.actors.member, { sessionId: w.plenary.id })).toMatchObject({ code: "not_found" });
    expectOk(await getRunOfShow(w.actors.admin, { sessionId: w.theirSession.id }));
  });
});

describe("reorderRunOfShow", () => {
  it("moves one message up and down, keeping positions 1..n unique, audited", async () => {
    expectOk(await reorderRunOfShow(w.actors.member, { sessionId: w.session.id, move: { videoMessageId: ids.minister, direction: "up" } }));
    expect(await order()).toEqual([ids.pm, ids.minister, ids.secretary, ids.ambassador]);
    expectOk(await reorderRunOfShow(w.actors.member, { sessionId: w.session.id, move: { videoMessageId: ids.pm, direction: "down" } }));
    expect(await order()).toEqual([ids.minister, ids.pm, ids.secretary, ids.ambassador]);
    const positions = await db().videoMessage.findMany({
      where: { sessionId: w.session.id },
      orderBy: { position: "asc" },
      select: { position: true },
    });
    expect(positions.map((p) => p.position)).toEqual([1, 2, 3, 4]);
    expect(await db().auditLog.count({ where: { entityId: w.session.id, action: "reorder-video-messages" } })).toBe(2);
  });

  it("sets a full order, which must list exactly this session's messages", async () => {
    const full = [ids.ambassador, ids.secretary, ids.pm, ids.minister];
    expectOk(await reorderRunOfShow(w.actors.member, { sessionId: w.session.id, order: full }));
    expect(await order()).toEqual(full);
    const before = await snapshotVideos();
    for (const bad of [full.slice(1), [...full.slice(1), ids.ambassador, ids.ambassador], [...full, "nope"]]) {
      expect(await reorderRunOfShow(w.actors.member, { sessionId: w.session.id, order: bad })).toMatchObject({
        ok: false,
        code: "invalid",
      });
    }
    expect(
      await reorderRunOfShow(w.actors.member, { sessionId: w.session.id, move: { videoMessageId: ids.ambassador, direction: "up" } }),
    ).toMatchObject({ code: "invalid" });
    expect(await snapshotVideos()).toEqual(before);
  });

  it("refuses messages of another session and another organization's event", async () => {
    const elsewhere = await createVideoMessage(db(), { eventId: w.event.id, personId: w.people.formerPm.id, sessionId: w.otherSession.id });
    const theirs = await createVideoMessage(db(), { eventId: w.theirs.event.id, personId: w.theirVip.id, sessionId: w.theirSession.id });
    const before = await snapshotVideos();
    expect(
      await reorderRunOfShow(w.actors.member, { sessionId: w.session.id, move: { videoMessageId: elsewhere.id, direction: "up" } }),
    ).toMatchObject({ code: "not_found" });
    expect(
      await reorderRunOfShow(w.actors.member, { sessionId: w.session.id, order: [ids.ambassador, ids.secretary, ids.pm, elsewhere.id] }),
    ).toMatchObject({ code: "invalid" });
    expect(await reorderRunOfShow(w.actors.member, { sessionId: w.theirSession.id, order: [theirs.id] })).toMatchObject({
      code: "not_found",
    });
    expect(
      await reorderRunOfShow(w.actors.member, { sessionId: w.session.id, move: { videoMessageId: theirs.id, direction: "down" } }),
    ).toMatchObject({ code: "not_found" });
    expect(await reorderRunOfShow(w.actors.member, { sessionId: w.plenary.id, order: [] })).toMatchObject({ code: "not_found" });
    await expectOutsidersRefused(w, (actor) =>
      reorderRunOfShow(actor, { sessionId: w.session.id, move: { videoMessageId: ids.pm, direction: "up" } }),
    );
    expect(await snapshotVideos()).toEqual(before);
  });

  it("serializes concurrent reorders so positions stay unique", async () => {
    const moves = [ids.pm, ids.minister, ids.secretary, ids.pm].map((id, i) =>
      reorderRunOfShow(w.actors.member, { sessionId: w.session.id, move: { videoMessageId: id, direction: i % 2 ? "down" : "up" } }),
    );
    await Promise.all(moves);
    const positions = (await db().videoMessage.findMany({ where: { sessionId: w.session.id }, select: { position: true } })).map(
      (p) => p.position,
    );
    expect(new Set(positions).size).toBe(4);
    expect(positions.every((p) => p !== null && p >= 1 && p <= 4)).toBe(true);
  });
});
