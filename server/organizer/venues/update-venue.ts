import "server-only";
import { updateVenueSchema } from "@/lib/validation/venue-schema";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { conflict, invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedVenue, venueAuditSelect, venueData } from "./venue-data.ts";
import { invalidateOnSuccess } from "@/server/agenda/invalidate-on-success";

// Changing a venue's time zone keeps its sessions' UTC instants: the agenda then shows the
// same moments in the new zone, which is what a corrected zone should do.
export async function updateVenue(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = updateVenueSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { venueId, version, ...fields } = parsed.data;
  const venue = await findManagedVenue(gate.actor, venueId);
  if (isDenied(venue)) return venue;

  return invalidateOnSuccess(
    venue.eventId,
    await db().$transaction(async (tx) => {
      const before = await tx.venue.findUniqueOrThrow({ where: { id: venueId }, select: venueAuditSelect });
      const { count } = await tx.venue.updateMany({
        where: { id: venueId, version },
        data: { ...venueData(fields), version: { increment: 1 } },
      });
      if (count === 0) return conflict(before.version);
      const after = await tx.venue.findUniqueOrThrow({ where: { id: venueId }, select: venueAuditSelect });
      await recordAudit(tx, {
        actorId: gate.actor.id,
        organizationId: venue.organizationId,
        eventId: venue.eventId,
        entity: "Venue",
        entityId: venueId,
        action: "update",
        before,
        after,
      });
      return { ok: true as const, data: { id: venueId, version: after.version } };
    }),
  );
}
