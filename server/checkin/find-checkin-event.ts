import "server-only";
import type { CurrentUser } from "@/server/auth/resolve-current-user";
import { db, type Prisma } from "@/server/db/client";
import { allowed, gateFor, isDenied, type Denied } from "../access/authorize.ts";
import { roleOf, type AccessAction } from "../access/policy.ts";

export type CheckInEvent = {
  id: string;
  organizationId: string;
  languages: string[];
  /** The venues the caller may check people in at: null means every venue (organizers, admins). */
  stewardVenueIds: string[] | null;
};

/**
 * The event if the caller may do `action` on it, with the venues their steward grants cover.
 * The steward role is resolved here, from the caller's StewardGrant rows for this event;
 * an event they neither manage nor steward answers "Event not found."
 */
export async function findCheckInEvent(
  actor: CurrentUser | null,
  action: AccessAction,
  eventId: string,
  tx: Prisma.TransactionClient = db(),
): Promise<CheckInEvent | Denied> {
  const gate = gateFor(actor, action);
  if ("denied" in gate) return gate.denied;
  const row = await tx.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      organizationId: true,
      languages: true,
      stewardGrants: { where: { userId: gate.actor.id }, select: { venueId: true } },
    },
  });
  const target = row && { organizationId: row.organizationId, eventId: row.id, stewardOfEvent: row.stewardGrants.length > 0 };
  const checked = allowed(gate.actor, action, target, "Event");
  if (isDenied(checked) || !row) return checked as Denied;
  const steward = roleOf(gate.actor, checked) === "steward";
  return {
    id: row.id,
    organizationId: row.organizationId,
    languages: row.languages,
    stewardVenueIds: steward ? row.stewardGrants.map((g) => g.venueId) : null,
  };
}
