import "server-only";
import type { Prisma } from "@/server/db/client";
import type { ActionResult } from "@/server/shared/result";

// Checks that the VIP and the session named in a form belong to the message's event:
// the person kept by the event's organization, the session a video-message segment of it.

function fieldError(field: string, message: string): ActionResult<never> {
  return { ok: false, code: "invalid", message: "Please correct the highlighted fields.", fieldErrors: { [field]: [message] } };
}

export async function checkMessageRefs(
  tx: Prisma.TransactionClient,
  event: { id: string; organizationId: string },
  refs: { personId: string; sessionId?: string | null },
): Promise<ActionResult<never> | null> {
  const person = await tx.person.findUnique({ where: { id: refs.personId }, select: { organizationId: true } });
  if (!person || person.organizationId !== event.organizationId) return fieldError("personId", "Choose a person of this event's organization");
  if (refs.sessionId) {
    const session = await tx.session.findUnique({ where: { id: refs.sessionId }, select: { eventId: true, type: true } });
    if (!session || session.eventId !== event.id) return fieldError("sessionId", "Choose a session of this event");
    if (session.type !== "VIDEO_MESSAGES") return fieldError("sessionId", "Choose a video-message session");
  }
  return null;
}

export { fieldError };
