import "server-only";
import type { MemberRole, Role } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { endAuthSession, isIdleExpired, touchAuthSession } from "./auth-sessions.ts";

/** What the rest of the app may know about the caller. */
export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The organizations the caller belongs to, with their membership role (policy.ts reads it). */
  memberships: { organizationId: string; role: MemberRole }[];
  /** The AuthSession this request came with (a password change keeps it and ends the others). */
  sessionId?: string;
};

/** The claims our JWT carries (see auth-options.ts): user id and AuthSession id. */
export type SessionClaims = { uid?: unknown; sid?: unknown };

/**
 * Turns JWT claims into the current user by reading the database, never trusting the
 * token's copy: a deleted or expired AuthSession, a deactivated user or a changed role
 * take effect on the next request. An organizer or admin session idle for longer than
 * STAFF_IDLE_TIMEOUT_MS ends (its row is deleted); activity is recorded once a minute.
 */
export async function resolveCurrentUser(claims: SessionClaims | null | undefined, now: Date = new Date()): Promise<CurrentUser | null> {
  const uid = claims?.uid;
  const sid = claims?.sid;
  if (typeof uid !== "string" || typeof sid !== "string" || !uid || !sid) return null;

  const session = await db().authSession.findUnique({
    where: { id: sid },
    select: {
      userId: true,
      expiresAt: true,
      lastSeenAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          active: true,
          // A deactivated organization's memberships grant nothing: its members are outsiders to it.
          memberships: {
            where: { organization: { active: true } },
            select: { organizationId: true, role: true },
            orderBy: { createdAt: "asc" },
          },
        },
      },
    },
  });
  if (!session || session.userId !== uid || session.expiresAt <= now || !session.user.active) return null;
  if (isIdleExpired(session.user.role, session.lastSeenAt, now)) {
    await endAuthSession(sid);
    return null;
  }
  await touchAuthSession(sid, session.lastSeenAt, now);

  const { id, email, name, role, memberships } = session.user;
  return { id, email, name, role, memberships, sessionId: sid };
}
