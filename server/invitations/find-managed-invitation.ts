import "server-only";
import { allowed, gateFor } from "../access/authorize.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";

// An invitation the caller may handle: member invitations are the organization's OWNER's (and
// admins'), delegate invitations every organizer's of the event. Another organization's
// invitation answers "not found".

const SELECT = {
  id: true,
  kind: true,
  organizationId: true,
  eventId: true,
  email: true,
  name: true,
  locale: true,
  memberRole: true,
  venueId: true,
  status: true,
  expiresAt: true,
  version: true,
  delegationMember: { select: { delegation: { select: { name: true } } } },
} as const;

export async function findManagedInvitation(actor: CurrentUser | null, invitationId: string) {
  const gate = gateFor(actor, "programme.manage");
  const gateMembers = gateFor(actor, "people.invite");
  if ("denied" in gate && "denied" in gateMembers) return gate.denied;
  const row = await db().invitation.findUnique({ where: { id: invitationId }, select: SELECT });
  // The event id is not a role here (no event-scoped roles yet); the organization decides.
  const target = row ? { ...row, eventId: row.eventId ?? undefined } : null;
  return allowed(actor, row?.kind === "MEMBER" ? "people.invite" : "programme.manage", target, "Invitation");
}
