import "server-only";
import type { Role } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { AuthError } from "./auth-error.ts";
import type { CurrentUser } from "./resolve-current-user.ts";

// Authorization rules, taking the actor explicitly so they run in tests and scripts
// without a request. current-user.ts wraps them with the session's user.

export function assertUser(actor: CurrentUser | null): CurrentUser {
  if (!actor) throw new AuthError("unauthenticated");
  return actor;
}

export function assertRole(actor: CurrentUser | null, ...roles: Role[]): CurrentUser {
  const user = assertUser(actor);
  if (!roles.includes(user.role)) throw new AuthError("forbidden");
  return user;
}

/** Admins reach every organization; organizers only those they are members of. */
export function canAccessOrganization(actor: CurrentUser, organizationId: string): boolean {
  if (actor.role === "ADMIN") return true;
  return actor.role === "ORGANIZER" && actor.organizationIds.includes(organizationId);
}

export function assertOrganizationAccess(actor: CurrentUser | null, organizationId: string): CurrentUser {
  const user = assertUser(actor);
  if (!canAccessOrganization(user, organizationId)) throw new AuthError("not_found");
  return user;
}

export type EventRef = { id: string; organizationId: string };

/** The event if the actor may manage it; "not_found" whether it is missing or not theirs. */
export async function assertEventAccess(actor: CurrentUser | null, eventId: string): Promise<EventRef> {
  const user = assertUser(actor);
  if (user.role !== "ADMIN" && user.role !== "ORGANIZER") throw new AuthError("not_found");
  const event = await db().event.findUnique({ where: { id: eventId }, select: { id: true, organizationId: true } });
  if (!event || !canAccessOrganization(user, event.organizationId)) throw new AuthError("not_found");
  return event;
}
