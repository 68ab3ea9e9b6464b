import "server-only";
import type { ManagedMessage } from "./find-managed-message.ts";

/** Caption file names keyed by language, from the stored JSON. */
export function captionFiles(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
}

/** Languages of the event that have a caption file: approval needs at least one. */
export function captionedEventLanguages(captions: unknown, eventLanguages: string[]): string[] {
  const files = captionFiles(captions);
  return eventLanguages.filter((lang) => files[lang]);
}

/** What the audit log keeps of a message before and after a change. */
export function auditView(
  m: Pick<ManagedMessage, "status" | "sessionId" | "position" | "mediaUrl" | "mediaFile" | "captions" | "durationSec" | "version">,
) {
  return {
    status: m.status,
    sessionId: m.sessionId,
    position: m.position,
    mediaUrl: m.mediaUrl,
    mediaFile: m.mediaFile,
    captions: m.captions,
    durationSec: m.durationSec,
    version: m.version,
  };
}
