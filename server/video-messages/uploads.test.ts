import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { useTestDatabase } from "@/server/testing/test-database";
import { getMediaFile } from "./get-media-file.ts";
import {
  createReadyMessage,
  createVideoWorld,
  expectOk,
  expectOutsidersRefused,
  snapshotVideos,
  useTempStorage,
  type VideoWorld,
} from "./testing/video-world.ts";
import { uploadCaptions } from "./upload-captions.ts";
import { uploadVideoFile } from "./upload-video-file.ts";
import { inEnglish } from "@/server/testing/in-english";

useTestDatabase();
let w: VideoWorld;
let dir: string;
const fixture = (name: string) => readFile(path.resolve("e2e/fixtures/video", name));
const VTT = "WEBVTT\n\n00:00.000 --> 00:01.500\nお祝い申し上げます。\n\n2\n00:00:01.500 --> 00:00:02.000 align:center\n<b>Thank you</b>\n";

beforeAll(async () => {
  dir = await useTempStorage();
  w = await createVideoWorld();
});
afterEach(() => {
  delete process.env.VIDEO_MAX_BYTES;
  delete process.env.CAPTION_MAX_BYTES;
});

const files = async (kind: string) => (await readdir(path.join(dir, kind)).catch(() => [])).filter((f) => !f.startsWith("."));

describe("uploadVideoFile", () => {
  it("stores a WebM or MP4 judged by its bytes, replacing the link and the earlier file; the message counts as received", async () => {
    const m = await createReadyMessage(w, { status: "REQUESTED", mediaUrl: null });
    const webm = expectOk(
      await uploadVideoFile(w.actors.member, { videoMessageId: m.id, version: 1 }, new Blob([await fixture("tiny.webm")])),
    );
    expect(webm).toMatchObject({ version: 2, status: "RECEIVED", size: 11840 });
    expect(webm.mediaFile).toMatch(new RegExp(`^${m.id}--video--[a-f0-9]{16}\\.webm$`));
    const mp4 = expectOk(
      await uploadVideoFile(w.actors.member, { videoMessageId: m.id, version: 2 }, new Blob([await fixture("tiny.mp4")]).stream()),
    );
    expect(mp4.mediaFile).toMatch(/\.mp4$/);
    expect(await files("videos")).toEqual([mp4.mediaFile]);
    expect(await db().auditLog.count({ where: { entityId: m.id, action: "upload-video" } })).toBe(2);
  });

  it("sends an approved message back for review when its video is replaced", async () => {
    const m = await createReadyMessage(w, { status: "APPROVED" });
    expect(
      expectOk(await uploadVideoFile(w.actors.member, { videoMessageId: m.id, version: 1 }, new Blob([await fixture("tiny.webm")]))).status,
    ).toBe("RECEIVED");
    expect(await db().videoMessage.findUniqueOrThrow({ where: { id: m.id }, select: { mediaUrl: true } })).toEqual({ mediaUrl: null });
  });

  it("refuses a text file whatever it is called, and files over the limit, keeping nothing", async () => {
    const m = await createReadyMessage(w);
    const stored = await files("videos");
    const before = await snapshotVideos();
    const text = new File(["this is not a video, just text pretending to be movie.mp4"], "movie.mp4", { type: "video/mp4" });
    expect(inEnglish(await uploadVideoFile(w.actors.member, { videoMessageId: m.id, version: 1 }, text))).toMatchObject({
      code: "invalid",
      fieldErrors: { file: [expect.stringMatching(/not an MP4/)] },
    });
    expect(await uploadVideoFile(w.actors.member, { videoMessageId: m.id, version: 1 }, new Blob([]))).toMatchObject({ code: "invalid" });
    process.env.VIDEO_MAX_BYTES = "10000";
    expect(
      inEnglish(await uploadVideoFile(w.actors.member, { videoMessageId: m.id, version: 1 }, new Blob([await fixture("tiny.webm")]))),
    ).toMatchObject({ code: "invalid", fieldErrors: { file: [expect.stringMatching(/larger than the limit/)] } });
    expect(await snapshotVideos()).toEqual(before);
    expect(await files("videos")).toEqual(stored);
    expect((await readdir(path.join(dir, "videos"))).filter((f) => f.startsWith(".upload"))).toEqual([]);
  });

  it("refuses outsiders and stale versions", async () => {
    const m = await createReadyMessage(w);
    const body = await fixture("tiny.webm");
    await expectOutsidersRefused(w, (actor) => uploadVideoFile(actor, { videoMessageId: m.id, version: 1 }, new Blob([body])));
    expect(await uploadVideoFile(w.actors.member, { videoMessageId: m.id, version: 9 }, new Blob([body]))).toMatchObject({
      code: "conflict",
    });
  });
});

describe("uploadCaptions", () => {
  it("stores valid WebVTT per language and replaces that language's earlier file", async () => {
    const m = await createReadyMessage(w, { captions: undefined });
    const ja = expectOk(
      await uploadCaptions(w.actors.member, { videoMessageId: m.id, version: 1, language: "ja" }, new Blob(["\uFEFF" + VTT])),
    );
    expect(ja.cues).toBe(2);
    const ja2 = expectOk(await uploadCaptions(w.actors.member, { videoMessageId: m.id, version: 2, language: "ja" }, new Blob([VTT])));
    const en = expectOk(await uploadCaptions(w.actors.member, { videoMessageId: m.id, version: 3, language: "en" }, new Blob([VTT])));
    expect((await db().videoMessage.findUniqueOrThrow({ where: { id: m.id }, select: { captions: true } })).captions).toEqual({
      ja: ja2.file,
      en: en.file,
    });
    expect((await files("captions")).filter((f) => f.startsWith(m.id)).sort()).toEqual([ja2.file, en.file].sort());
  });

  it("refuses captions that are not WebVTT, out of order, over the limit or not UTF-8", async () => {
    const m = await createReadyMessage(w, { captions: undefined });
    const before = await snapshotVideos();
    const bad = [
      "1\n00:00:01,000 --> 00:00:02,000\nSRT, not WebVTT\n",
      "WEBVTT\n\n00:00:02.000 --> 00:00:01.000\nends before it starts\n",
      "WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nlater\n\n00:00:01.000 --> 00:00:02.000\nearlier\n",
      "WEBVTT\n\n00:00:01 --> 00:00:02\nno milliseconds\n",
    ];
    for (const text of bad) {
      expect(
        await uploadCaptions(w.actors.member, { videoMessageId: m.id, version: 1, language: "ja" }, new Blob([text])),
        text,
      ).toMatchObject({ code: "invalid", fieldErrors: { file: expect.any(Array) } });
    }
    expect(
      await uploadCaptions(
        w.actors.member,
        { videoMessageId: m.id, version: 1, language: "ja" },
        new Blob([new Uint8Array([0x57, 0x45, 0xff, 0xfe])]),
      ),
    ).toMatchObject({ code: "invalid" });
    expect(await uploadCaptions(w.actors.member, { videoMessageId: m.id, version: 1, language: "ko" }, new Blob([VTT]))).toMatchObject({
      code: "invalid",
      fieldErrors: { language: expect.any(Array) },
    });
    process.env.CAPTION_MAX_BYTES = "64";
    expect(await uploadCaptions(w.actors.member, { videoMessageId: m.id, version: 1, language: "ja" }, new Blob([VTT]))).toMatchObject({
      code: "invalid",
    });
    expect(await snapshotVideos()).toEqual(before);
    await expectOutsidersRefused(w, (actor) =>
      uploadCaptions(actor, { videoMessageId: m.id, version: 1, language: "ja" }, new Blob(["WEBVTT\n"])),
    );
  });
});

describe("getMediaFile", () => {
  it("serves a file named by its record to the organizers, and to everyone once public and approved", async () => {
    const m = await createReadyMessage(w, { status: "REQUESTED", mediaUrl: null });
    const { mediaFile } = expectOk(
      await uploadVideoFile(w.actors.member, { videoMessageId: m.id, version: 1 }, new Blob([await fixture("tiny.webm")])),
    );
    expect(await getMediaFile(w.actors.member, mediaFile)).toMatchObject({ contentType: "video/webm", size: 11840, isPublic: false });
    expect(await getMediaFile(w.actors.admin, mediaFile)).not.toBeNull();
    for (const actor of [null, w.actors.delegate, w.actors.outsider]) expect(await getMediaFile(actor, mediaFile)).toBeNull();
    await db().event.update({ where: { id: w.event.id }, data: { videosPublic: true, status: "CONCLUDED" } });
    expect(await getMediaFile(null, mediaFile)).toBeNull(); // still only received
    await db().videoMessage.update({ where: { id: m.id }, data: { status: "APPROVED" } });
    expect(await getMediaFile(null, mediaFile)).toMatchObject({ isPublic: true });
    await db().event.update({ where: { id: w.event.id }, data: { videosPublic: false, status: "DRAFT" } });
  });

  it("never resolves names it did not generate or that the record does not name", async () => {
    const m = await createReadyMessage(w);
    for (const name of [
      "../../etc/passwd",
      `${m.id}--video--0123456789abcdef.webm`,
      `..%2f${m.id}--video--0123456789abcdef.webm`,
      `${m.id}--captions-ja--0123456789abcdef.mp4`,
      "x--captions-ja--0000000000000000.vtt",
      "",
    ]) {
      expect(await getMediaFile(w.actors.admin, name), name).toBeNull();
    }
  });
});
