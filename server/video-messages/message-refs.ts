import "server-only";
import type { Prisma } from "@/server/db/client";
import { type ActionResult, fieldError } from "@/server/shared/result";
import { msg } from "@/lib/i18n/server-messages/message";

// Checks that the VIP and the session named in a form belong to the message's event:
// the person kept by the event's organization, the session a video-message segment of it.

export async function checkMessageRefs(
  tx: Prisma.TransactionClient,
  event: { id: string; organizationId: string },
  refs: { personId: string; sessionId?: string | null },
): Promise<ActionResult<never> | null> {
  const person = await tx.person.findUnique({ where: { id: refs.personId }, select: { organizationId: true } });
  if (!person || person.organizationId !== event.organizationId) return fieldError("personId", msg("video.choosePersonEventSOrganization"));
  if (refs.sessionId) {
    const session = await tx.session.findUnique({ where: { id: refs.sessionId }, select: { eventId: true, type: true } });
    if (!session || session.eventId !== event.id) return fieldError("sessionId", msg("video.chooseSessionEvent"));
    if (session.type !== "VIDEO_MESSAGES") return fieldError("sessionId", msg("video.chooseVideoMessageSession"));
  }
  return null;
}

export { fieldError };
