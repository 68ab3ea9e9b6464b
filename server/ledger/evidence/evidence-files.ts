import "server-only";
import { randomBytes } from "node:crypto";

// Evidence files of milestones (issue 19): which kinds are accepted (by their first bytes,
// never by the name or the browser's content type) and how stored files are named.
//   <milestoneId>--evidence--<16 hex>.<pdf|jpg|png|webp>

export type EvidenceType = { ext: "pdf" | "jpg" | "png" | "webp"; contentType: string };

const startsWith = (head: Uint8Array, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The accepted kind the file's first 16 bytes show, or null (anything else, empty files too). */
export function sniffEvidence(head: Uint8Array): EvidenceType | null {
  if (startsWith(head, ascii("%PDF-"))) return { ext: "pdf", contentType: "application/pdf" };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { ext: "jpg", contentType: "image/jpeg" };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ext: "png", contentType: "image/png" };
  if (startsWith(head, ascii("RIFF")) && startsWith(head, ascii("WEBP"), 8)) return { ext: "webp", contentType: "image/webp" };
  return null;
}

export const evidenceFileName = (milestoneId: string, ext: EvidenceType["ext"]) =>
  `${milestoneId}--evidence--${randomBytes(8).toString("hex")}.${ext}`;

/** The uploader's file name, kept for the download: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f"]/g, "")
    .trim()
    .slice(0, 200);
  return base || `evidence.${ext}`;
}

/** Where the workspace downloads a milestone's evidence file (app/api/organizer/milestones/[id]/evidence). */
export const evidenceUrl = (milestoneId: string) => `/api/organizer/milestones/${encodeURIComponent(milestoneId)}/evidence`;
