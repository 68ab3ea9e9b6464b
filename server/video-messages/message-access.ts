import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { canAccessOrganization } from "@/server/auth/guards";
import { db, type Prisma } from "@/server/db/client";
import { notFound, type ActionResult } from "@/server/shared/result";

// Who may manage video messages, and which records they reach. Records of other
// organizations answer "not found" exactly like missing ones, so ids reveal nothing.

export type Denied = Extract<ActionResult<never>, { code: "unauthenticated" | "forbidden" | "not_found" }>;

export function organizerGate(actor: CurrentUser | null): { actor: CurrentUser } | { denied: Denied } {
  if (!actor) return { denied: { ok: false, code: "unauthenticated", message: "Sign in to continue." } };
  if (actor.role !== "ADMIN" && actor.role !== "ORGANIZER") {
    return { denied: { ok: false, code: "forbidden", message: "Only organizers and admins can manage video messages." } };
  }
  return { actor };
}

type Reader = Prisma.TransactionClient;

export type ManagedEventRef = { id: string; organizationId: string; languages: string[] };

export async function findManagedEvent(actor: CurrentUser, eventId: string, tx: Reader = db()): Promise<ManagedEventRef | null> {
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true, organizationId: true, languages: true } });
  return event && canAccessOrganization(actor, event.organizationId) ? event : null;
}

export const messageSelect = {
  id: true,
  eventId: true,
  personId: true,
  sessionId: true,
  mediaUrl: true,
  mediaFile: true,
  captions: true,
  durationSec: true,
  status: true,
  position: true,
  version: true,
  event: { select: { organizationId: true, languages: true } },
} as const;

export type ManagedMessage = Prisma.VideoMessageGetPayload<{ select: typeof messageSelect }>;

/** The message if the actor may manage its event, else null (missing and foreign look the same). */
export async function findManagedMessage(actor: CurrentUser, id: string, tx: Reader = db()): Promise<ManagedMessage | null> {
  const message = await tx.videoMessage.findUnique({ where: { id }, select: messageSelect });
  return message && canAccessOrganization(actor, message.event.organizationId) ? message : null;
}

export const messageNotFound = () => notFound("Video message") as Denied;

/** Caption file names keyed by language, from the stored JSON. */
export function captionFiles(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === "string"));
}

/** Languages of the event that have a caption file: approval needs at least one. */
export function captionedEventLanguages(captions: unknown, eventLanguages: string[]): string[] {
  const files = captionFiles(captions);
  return eventLanguages.filter((lang) => files[lang]);
}

/** What the audit log keeps of a message before and after a change. */
export function auditView(m: Pick<ManagedMessage, "status" | "sessionId" | "position" | "mediaUrl" | "mediaFile" | "captions" | "durationSec" | "version">) {
  return {
    status: m.status, sessionId: m.sessionId, position: m.position, mediaUrl: m.mediaUrl,
    mediaFile: m.mediaFile, captions: m.captions, durationSec: m.durationSec, version: m.version,
  };
}
