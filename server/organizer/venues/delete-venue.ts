import "server-only";
import { deleteVenueSchema } from "@/lib/validation/venue-schema";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { conflict, invalid, type ActionResult, fieldError } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedVenue, venueAuditSelect } from "./venue-data.ts";
import { invalidateOnSuccess } from "@/server/agenda/invalidate-on-success";
import { msg } from "@/lib/i18n/server-messages/message";

/** Deletes a venue that hosts no session (relays to it are removed with it). */
export async function deleteVenue(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = deleteVenueSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { venueId, version } = parsed.data;
  const venue = await findManagedVenue(gate.actor, venueId);
  if (isDenied(venue)) return venue;

  return invalidateOnSuccess(
    venue.eventId,
    await db().$transaction(async (tx) => {
      const before = await tx.venue.findUniqueOrThrow({ where: { id: venueId }, select: venueAuditSelect });
      if (before.version !== version) return conflict(before.version);
      const hosted = await tx.session.count({ where: { hostVenueId: venueId } });
      if (hosted > 0) {
        return fieldError("venueId", msg("session.venueHostsSessions", { count: hosted }));
      }
      const { count } = await tx.venue.deleteMany({ where: { id: venueId, version } });
      if (count === 0) return conflict();
      await recordAudit(tx, {
        actorId: gate.actor.id,
        organizationId: venue.organizationId,
        eventId: venue.eventId,
        entity: "Venue",
        entityId: venueId,
        action: "delete",
        before,
      });
      return { ok: true as const, data: { id: venueId } };
    }),
  );
}
