import "server-only";
import { createEventSchema } from "@/lib/validation/event-schema";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db, Prisma } from "@/server/db/client";
import { invalid, notFound, type ActionResult, fieldError } from "@/server/shared/result";
import { authorize, gateFor } from "@/server/access/authorize";
import { isUniqueViolation } from "@/server/db/database-errors";
import { eventAuditSelect, toDbDate } from "./event-snapshot.ts";
import { msg } from "@/lib/i18n/server-messages/message";

const SLUG_TAKEN = msg("event.webAddressAlreadyUsedBy");

/** Creates a draft event in one of the actor's organizations. */
export async function createEvent(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string; slug: string }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = createEventSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { organizationId, startDate, endDate, subtitle, description, ...fields } = parsed.data;
  const denied = authorize(gate.actor, "programme.manage", { organizationId }, "Organization");
  if (denied) return denied;

  const org = await db().organization.findUnique({ where: { id: organizationId }, select: { id: true } });
  if (!org) return notFound("Organization");
  const taken = await db().event.findUnique({ where: { slug: fields.slug }, select: { id: true } });
  if (taken) return fieldError("slug", SLUG_TAKEN);

  try {
    return await db().$transaction(async (tx) => {
      const event = await tx.event.create({
        data: {
          ...fields,
          organizationId,
          subtitle: subtitle ?? Prisma.DbNull,
          description: description ?? Prisma.DbNull,
          startDate: toDbDate(startDate),
          endDate: toDbDate(endDate),
        },
        select: eventAuditSelect,
      });
      await recordAudit(tx, {
        actorId: gate.actor.id,
        organizationId,
        eventId: event.id,
        entity: "Event",
        entityId: event.id,
        action: "create",
        after: event,
      });
      return { ok: true as const, data: { id: event.id, slug: event.slug } };
    });
  } catch (error) {
    // Two submits racing for the same slug: the unique index decides, the loser gets a field message.
    if (isUniqueViolation(error)) return fieldError("slug", SLUG_TAKEN);
    throw error;
  }
}
