import { describe, expect, it } from "vitest";
import {
  createVideoMessageSchema,
  isAllowedVideoUrl,
  parseHostList,
  reorderRunOfShowSchema,
  setAttendanceModeSchema,
  videoUrlSchema,
} from "@/lib/validation/video-message-schema";
import { parseMediaName } from "./media-names.ts";
import { parseRange } from "./parse-range.ts";
import { sniffVideo } from "./sniff-video.ts";
import { storageConfig } from "./storage-config.ts";
import { validateWebVtt } from "./validate-webvtt.ts";

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("media URL allow-list", () => {
  const hosts = parseHostList(undefined);
  it("accepts https links on allow-listed hosts only", () => {
    expect(hosts).toEqual(["media.example.org", "youtube.com", "www.youtube.com", "vimeo.com", "player.vimeo.com"]);
    for (const ok of ["https://media.example.org/v/1.mp4", "https://www.youtube.com/watch?v=x", "https://PLAYER.VIMEO.COM/video/1"])
      expect(isAllowedVideoUrl(ok, hosts), ok).toBe(true);
    for (const bad of [
      "javascript:alert(1)",
      "JavaScript://media.example.org/%0aalert(1)",
      "http://media.example.org/v.mp4",
      "https://evil.example/v.mp4",
      "https://media.example.org.evil.example/v.mp4",
      "https://user:pw@media.example.org/v.mp4",
      "data:video/mp4;base64,AAAA",
      "//media.example.org/v.mp4",
      "ftp://media.example.org/v",
    ])
      expect(isAllowedVideoUrl(bad, hosts), bad).toBe(false);
  });

  it("takes the list from VIDEO_URL_HOSTS when set", () => {
    expect(parseHostList(" cdn.example.com , Media.Example.net ")).toEqual(["cdn.example.com", "media.example.net"]);
    process.env.VIDEO_URL_HOSTS = "cdn.example.com";
    expect(storageConfig().videoUrlHosts).toEqual(["cdn.example.com"]);
    delete process.env.VIDEO_URL_HOSTS;
    expect(videoUrlSchema(["cdn.example.com"]).safeParse("https://media.example.org/a").success).toBe(false);
  });

  it("gives field-level messages for a bad form", () => {
    const result = createVideoMessageSchema().safeParse({
      eventId: "e",
      personId: "p",
      title: { en: "" },
      mediaUrl: "javascript:alert(1)",
      durationSec: "0",
      language: "Japanese",
    });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((i) => i.path.join(".")));
    expect([...fields].sort()).toEqual(["durationSec", "language", "mediaUrl", "title"]);
    expect(
      createVideoMessageSchema().safeParse({
        eventId: "e",
        personId: "p",
        title: { ja: "祝辞" },
        durationSec: "3600",
        language: "ja",
        mediaUrl: "",
      }).success,
    ).toBe(true);
    expect(
      createVideoMessageSchema().safeParse({ eventId: "e", personId: "p", title: { ja: "祝辞" }, durationSec: 3601, language: "ja" })
        .success,
    ).toBe(false);
  });

  it("checks reorder and attendance shapes", () => {
    expect(reorderRunOfShowSchema.safeParse({ sessionId: "s" }).success).toBe(false);
    expect(reorderRunOfShowSchema.safeParse({ sessionId: "s", order: ["a"], move: { videoMessageId: "a", direction: "up" } }).success).toBe(
      false,
    );
    expect(setAttendanceModeSchema.safeParse({ eventId: "e", personId: "p", mode: "IN_PERSON" }).success).toBe(false);
  });
});

describe("sniffVideo", () => {
  it("recognises MP4, QuickTime and WebM by their first bytes", () => {
    expect(sniffVideo(bytes([0, 0, 0, 0x20], "ftypisom", [0, 0, 2, 0]))).toBe("mp4");
    expect(sniffVideo(bytes([0, 0, 0, 0x14], "ftypqt  ", [0, 0, 0, 0]))).toBe("mov");
    expect(sniffVideo(bytes([0, 0, 0, 8], "wide", [0, 0, 0, 0]))).toBe("mov");
    expect(sniffVideo(bytes([0x1a, 0x45, 0xdf, 0xa3], [0x9f, 0x42, 0x86, 0x81, 1, 0x42, 0xf7, 0x81]))).toBe("webm");
    expect(sniffVideo(bytes("This is a text file."))).toBeNull();
    expect(sniffVideo(bytes([0x89], "PNG\r\n\x1a\n", [0, 0, 0, 0]))).toBeNull();
    expect(sniffVideo(bytes([0x1a, 0x45]))).toBeNull();
  });
});

describe("validateWebVtt", () => {
  it("accepts headers, identifiers, notes and settings", () => {
    expect(
      validateWebVtt(
        "WEBVTT - Kind: captions\r\n\r\nNOTE made by hand\r\n\r\nintro\r\n00:00.000 --> 00:02.000 line:90%\r\nHello\r\n\r\n01:00:02.000 --> 01:00:04.500\r\nBye\r\n",
      ),
    ).toEqual({ ok: true, cues: 2 });
  });
  it("refuses missing headers, malformed or decreasing timings, and empty files", () => {
    expect(validateWebVtt("WEBVTTX\n\n00:00.000 --> 00:01.000\nx")).toMatchObject({ ok: false, line: 1 });
    expect(validateWebVtt("WEBVTT\n\n00:00.000 -> 00:01.000\nx")).toMatchObject({ ok: false });
    expect(validateWebVtt("WEBVTT\n\n00:61.000 --> 01:01.000\nx")).toMatchObject({ ok: false });
    expect(validateWebVtt("WEBVTT\n\n00:03.000 --> 00:03.000\nx")).toMatchObject({ ok: false });
    expect(validateWebVtt("WEBVTT\n\n00:03.000 --> 00:04.000\nx\n\n00:02.000 --> 00:05.000\ny")).toMatchObject({ ok: false, line: 6 });
    expect(validateWebVtt("WEBVTT\n")).toMatchObject({ ok: false });
    expect(validateWebVtt("<html><script>alert(1)</script>")).toMatchObject({ ok: false, line: 1 });
  });
});

describe("media names and ranges", () => {
  it("parses only names we generate", () => {
    expect(parseMediaName("demo-video-01--video--0123456789abcdef.mp4")).toEqual({
      messageId: "demo-video-01",
      kind: "videos",
      ext: "mp4",
    });
    expect(parseMediaName("ck1--captions-ja--0123456789abcdef.vtt")).toEqual({ messageId: "ck1", kind: "captions", ext: "vtt" });
    for (const bad of [
      "../x--video--0123456789abcdef.mp4",
      "x--video--0123456789abcdef.vtt",
      "x--captions-ja--0123456789abcdef.webm",
      "x--video--0123456789ABCDEF.mp4",
      "x/../y--video--0123456789abcdef.mp4",
    ]) {
      expect(parseMediaName(bad), bad).toBeNull();
    }
  });
  it("reads single byte ranges", () => {
    expect(parseRange(null, 100)).toBeNull();
    expect(parseRange("bytes=0-9", 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange("bytes=90-", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=50-500", 100)).toEqual({ start: 50, end: 99 });
    expect(parseRange("bytes=100-", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-1,5-6", 100)).toBeNull();
  });
});
