import "server-only";
import { createVenueSchema } from "@/lib/validation/venue-schema";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";
import { venueAuditSelect, venueData } from "./venue-data.ts";
import { invalidateOnSuccess } from "@/server/agenda/invalidate-on-success";

export async function createVenue(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = createVenueSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { eventId, ...fields } = parsed.data;
  const event = await findManagedEvent(gate.actor, "programme.manage", eventId);
  if (isDenied(event)) return event;

  return invalidateOnSuccess(
    eventId,
    await db().$transaction(async (tx) => {
      // New venues go last unless a position was chosen.
      const position = fields.position ?? (await tx.venue.count({ where: { eventId } }));
      const venue = await tx.venue.create({
        data: { ...venueData(fields), position, eventId },
        select: venueAuditSelect,
      });
      await recordAudit(tx, {
        actorId: gate.actor.id,
        organizationId: event.organizationId,
        eventId,
        entity: "Venue",
        entityId: venue.id,
        action: "create",
        after: venue,
      });
      return { ok: true as const, data: { id: venue.id } };
    }),
  );
}
