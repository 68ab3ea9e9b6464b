import "server-only";
import { changeEventStatusSchema, type EventStatusAction } from "@/lib/validation/event-schema";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import type { EventStatus } from "@/server/db/generated/enums";
import { conflict, invalid, type ActionResult, fieldError } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";
import { invalidateOnSuccess } from "@/server/agenda/invalidate-on-success";
import { publishTallyChange } from "@/server/tally/tally-events";
import { msg, statusWord } from "@/lib/i18n/server-messages/message";

// The allowed moves: a draft is published (and may be taken back while not yet live);
// a published or live event is concluded; drafts and concluded events are archived.
// LIVE is entered by the live-operations side, not from this workspace.
export const STATUS_TRANSITIONS: Record<EventStatusAction, { from: EventStatus[]; to: EventStatus }> = {
  publish: { from: ["DRAFT"], to: "PUBLISHED" },
  unpublish: { from: ["PUBLISHED"], to: "DRAFT" },
  conclude: { from: ["PUBLISHED", "LIVE"], to: "CONCLUDED" },
  archive: { from: ["DRAFT", "CONCLUDED"], to: "ARCHIVED" },
};

export function allowedStatusActions(status: EventStatus): EventStatusAction[] {
  return (Object.keys(STATUS_TRANSITIONS) as EventStatusAction[]).filter((a) => STATUS_TRANSITIONS[a].from.includes(status));
}

export async function changeEventStatus(
  actor: CurrentUser | null,
  input: unknown,
): Promise<ActionResult<{ id: string; status: EventStatus; version: number }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = changeEventStatusSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { eventId, version, action } = parsed.data;
  const event = await findManagedEvent(gate.actor, "programme.manage", eventId);
  if (isDenied(event)) return event;

  const { from, to } = STATUS_TRANSITIONS[action];
  const result = await invalidateOnSuccess(
    eventId,
    await db().$transaction(async (tx) => {
      const before = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { status: true, version: true } });
      const { count } = await tx.event.updateMany({
        where: { id: eventId, version, status: { in: from } },
        data: { status: to, version: { increment: 1 } },
      });
      if (count === 0) {
        if (before.version !== version) return conflict(before.version);
        return fieldError("action", msg("event.eventCannotChangedWith", { status: statusWord(before.status), action }));
      }
      await recordAudit(tx, {
        actorId: gate.actor.id,
        organizationId: event.organizationId,
        eventId,
        entity: "Event",
        entityId: eventId,
        action: "status",
        before,
        after: { status: to, version: version + 1 },
      });
      return { ok: true as const, data: { id: eventId, status: to, version: version + 1 } };
    }),
  );
  // Live boards re-check the status on a change notice and close when it is no longer public.
  if (result.ok) publishTallyChange({ eventId });
  return result;
}
