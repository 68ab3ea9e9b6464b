import "server-only";
import { removeParticipantSchema } from "@/lib/validation/participant-schema";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, notFound, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";
import { msg, type Message } from "@/lib/i18n/server-messages/message";

// The refusal is the whole message (not "correct the highlighted fields"): there is no field to fix.
const refusal = (message: Message): ActionResult<never> => ({ ok: false, code: "invalid", message, fieldErrors: { _form: [message] } });

/**
 * Takes a person off an event's participant list. Refused while the person still has video
 * messages or session roles in the event: removing them silently would leave a message or
 * a speaker slot pointing at someone who no longer takes part.
 */
export async function removeParticipant(
  actor: CurrentUser | null,
  input: unknown,
): Promise<ActionResult<{ eventId: string; personId: string }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = removeParticipantSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { eventId, personId } = parsed.data;
  const event = await findManagedEvent(gate.actor, "programme.manage", eventId);
  if (isDenied(event)) return event;

  return db().$transaction(async (tx): Promise<ActionResult<{ eventId: string; personId: string }>> => {
    const key = { eventId_personId: { eventId, personId } };
    const before = await tx.eventParticipant.findUnique({ where: key, select: { mode: true, venueId: true } });
    if (!before) return notFound("Participant");
    const messages = await tx.videoMessage.count({ where: { eventId, personId } });
    if (messages > 0) {
      return refusal(msg("video.personHasMessages", { count: messages }));
    }
    const roles = await tx.sessionRole.count({ where: { personId, session: { eventId } } });
    if (roles > 0) {
      return refusal(msg("video.personHasRoles", { count: roles }));
    }
    // deleteMany: a concurrent removal makes this a no-op instead of an exception.
    const { count } = await tx.eventParticipant.deleteMany({ where: { eventId, personId } });
    if (count === 0) return notFound("Participant");
    await recordAudit(tx, {
      actorId: gate.actor.id,
      organizationId: event.organizationId,
      eventId,
      entity: "EventParticipant",
      entityId: `${eventId}:${personId}`,
      action: "delete",
      before,
      after: null,
    });
    return { ok: true, data: { eventId, personId } };
  });
}
