import "server-only";
import { randomBytes } from "node:crypto";

// Stored file names carry the owning message's id, so a request for a file can be checked
// against that one database record (and never against the file system). Ids may contain single hyphens, never "--":
//   <messageId>--video--<random>.mp4      <messageId>--captions-ja--<random>.vtt
const NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)--(video|captions-(?:en|zh|ja))--([a-f0-9]{16})\.(mp4|webm|mov|vtt)$/;

export type VideoExtension = "mp4" | "webm" | "mov";

export const CONTENT_TYPES: Record<string, string> = {
  mp4: "video/mp4",
  webm: "video/webm",
  mov: "video/quicktime",
  vtt: "text/vtt; charset=utf-8",
};

export function videoFileName(messageId: string, ext: VideoExtension): string {
  return `${messageId}--video--${randomBytes(8).toString("hex")}.${ext}`;
}

export function captionFileName(messageId: string, language: string): string {
  return `${messageId}--captions-${language}--${randomBytes(8).toString("hex")}.vtt`;
}

export type ParsedMediaName = { messageId: string; kind: "videos" | "captions"; ext: string };

/** The parts of a name we generated, or null for anything else (../, %2f, other shapes). */
export function parseMediaName(name: string): ParsedMediaName | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, messageId, role, , ext] = m;
  if ((role === "video") !== (ext !== "vtt")) return null;
  return { messageId, kind: role === "video" ? "videos" : "captions", ext };
}

/** Where the browser fetches a stored file (app/api/media/[file]/route.ts). */
export function mediaUrlFor(fileName: string): string {
  return `/api/media/${encodeURIComponent(fileName)}`;
}
