import "server-only";
import { msg, type Message } from "@/lib/i18n/server-messages/message";

// A WebVTT check strict enough to catch files that are not captions (SRT, text, HTML) and
// broken timings, without being a full parser: the header line, then blocks separated by
// blank lines; each cue block has "start --> end [settings]" with start < end, and cues
// start in non-decreasing order (the spec requires it).
const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
const TIMING = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+.*)?$/;

export type WebVttCheck = { ok: true; cues: number } | { ok: false; line: number; message: Message };

export function parseVttTimestamp(value: string): number | null {
  const m = TIMESTAMP.exec(value);
  if (!m) return null;
  const [, h, min, s, ms] = m;
  return (Number(h ?? 0) * 3600 + Number(min) * 60 + Number(s)) * 1000 + Number(ms);
}

export function validateWebVtt(text: string): WebVttCheck {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? "")) {
    return { ok: false, line: 1, message: msg("video.mustStartWithWebvtt") };
  }
  let cues = 0;
  let previousStart = -1;
  let i = 1;
  while (i < lines.length) {
    if (lines[i].trim() === "") {
      i += 1;
      continue;
    }
    const blockStart = i;
    const block: string[] = [];
    while (i < lines.length && lines[i].trim() !== "") block.push(lines[i++]);
    const first = block[0];
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first)) continue;
    // A cue may have an identifier line before its timing line.
    const timingIndex = first.includes("-->") ? 0 : 1;
    const timing = block[timingIndex];
    const lineNo = blockStart + timingIndex + 1;
    const m = timing ? TIMING.exec(timing.trim()) : null;
    if (!m) return { ok: false, line: lineNo, message: msg("video.lineExpectedCueTimingLike", { line: lineNo }) };
    const start = parseVttTimestamp(m[1]);
    const end = parseVttTimestamp(m[2]);
    if (start === null || end === null)
      return { ok: false, line: lineNo, message: msg("video.lineTimestampsMustLookLike", { line: lineNo }) };
    if (end <= start) return { ok: false, line: lineNo, message: msg("video.lineCueMustEndAfter", { line: lineNo }) };
    if (start < previousStart) return { ok: false, line: lineNo, message: msg("video.lineCuesMustOrderTheir", { line: lineNo }) };
    previousStart = start;
    cues += 1;
  }
  if (cues === 0) return { ok: false, line: 1, message: msg("video.fileHasNoCaptionsNo") };
  return { ok: true, cues };
}
