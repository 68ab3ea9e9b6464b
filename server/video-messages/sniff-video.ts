import "server-only";
import type { VideoExtension } from "./media-names.ts";

// What a file is, judged by its first bytes rather than its name or the browser's claim.
// MP4 and QuickTime are both ISO base media files: "ftyp" at offset 4 then a brand
// ("qt  " for QuickTime); older QuickTime files start with a moov/mdat/wide/free atom.
// WebM (and Matroska) starts with the EBML magic 1A 45 DF A3.
const QT_ATOMS = ["moov", "mdat", "wide", "free", "skip", "pnot"];

export const SNIFF_BYTES = 16;

export function sniffVideo(head: Uint8Array): VideoExtension | null {
  if (head.length < 12) return null;
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return "webm";
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  const box = ascii(4, 8);
  if (box === "ftyp") return ascii(8, 12) === "qt  " ? "mov" : "mp4";
  if (QT_ATOMS.includes(box)) return "mov";
  return null;
}
