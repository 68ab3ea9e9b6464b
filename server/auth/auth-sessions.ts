import "server-only";
import { db } from "../db/client.ts";

// One AuthSession row per signed-in browser; the JWT only carries its id ("sid"), so
// deleting the row signs that browser out on its next request.

export const AUTH_SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** Organizer and admin sessions end after this long without a request (delegates keep 30 days). */
export const STAFF_IDLE_TIMEOUT_MS = 8 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often per session, not on every request. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

const STAFF_ROLES = new Set(["ADMIN", "ORGANIZER"]);

/** Whether a session of a user with `role`, last seen at `lastSeenAt`, has been idle too long. */
export function isIdleExpired(role: string, lastSeenAt: Date, now: Date): boolean {
  return STAFF_ROLES.has(role) && now.getTime() - lastSeenAt.getTime() > STAFF_IDLE_TIMEOUT_MS;
}

/** Records activity on a session, at most once per LAST_SEEN_RESOLUTION_MS. */
export async function touchAuthSession(sid: string, lastSeenAt: Date, now: Date): Promise<void> {
  if (now.getTime() - lastSeenAt.getTime() < LAST_SEEN_RESOLUTION_MS) return;
  await db().authSession.updateMany({ where: { id: sid, lastSeenAt: { lt: now } }, data: { lastSeenAt: now } });
}

export async function startAuthSession(userId: string, now: Date = new Date()): Promise<string> {
  // Housekeeping: this user's expired rows can never be used again.
  await db().authSession.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  const row = await db().authSession.create({
    data: { userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + AUTH_SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true },
  });
  return row.id;
}

export async function endAuthSession(sid: string): Promise<void> {
  await db().authSession.deleteMany({ where: { id: sid } });
}

/** Signs a user out everywhere, e.g. after deactivation or a password change. */
export async function endAllAuthSessions(userId: string): Promise<void> {
  await db().authSession.deleteMany({ where: { userId } });
}
