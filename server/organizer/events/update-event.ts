import "server-only";
import { updateEventSchema } from "@/lib/validation/event-schema";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db, Prisma } from "@/server/db/client";
import { conflict, invalid, notFound, type ActionResult, fieldError } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";
import { isUniqueViolation } from "@/server/db/database-errors";
import { eventAuditSelect, toDbDate } from "./event-snapshot.ts";
import { invalidateOnSuccess } from "@/server/agenda/invalidate-on-success";
import { msg } from "@/lib/i18n/server-messages/message";

const SLUG_TAKEN = msg("event.webAddressAlreadyUsedBy");

/** Saves the event form. A stale `version` gets conflict() and changes nothing. */
export async function updateEvent(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = updateEventSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { eventId, version, startDate, endDate, subtitle, description, ...fields } = parsed.data;
  const event = await findManagedEvent(gate.actor, "programme.manage", eventId);
  if (isDenied(event)) return event;

  const taken = await db().event.findFirst({ where: { slug: fields.slug, NOT: { id: eventId } }, select: { id: true } });
  if (taken) return fieldError("slug", SLUG_TAKEN);

  try {
    return invalidateOnSuccess(
      eventId,
      await db().$transaction(async (tx) => {
        const before = await tx.event.findUnique({ where: { id: eventId }, select: { ...eventAuditSelect, organizationId: true } });
        if (!before) return notFound("Event");
        const { count } = await tx.event.updateMany({
          where: { id: eventId, version },
          data: {
            ...fields,
            subtitle: subtitle ?? Prisma.DbNull,
            description: description ?? Prisma.DbNull,
            startDate: toDbDate(startDate),
            endDate: toDbDate(endDate),
            version: { increment: 1 },
          },
        });
        if (count === 0) return conflict(before.version);
        const after = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: eventAuditSelect });
        await recordAudit(tx, {
          actorId: gate.actor.id,
          organizationId: before.organizationId,
          eventId,
          entity: "Event",
          entityId: eventId,
          action: "update",
          before,
          after,
        });
        return { ok: true as const, data: { id: eventId, version: after.version } };
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) return fieldError("slug", SLUG_TAKEN);
    throw error;
  }
}
