import "server-only";
import { db } from "../db/client.ts";

// One AuthSession row per signed-in browser; the JWT only carries its id ("sid"), so
// deleting the row signs that browser out on its next request.

export const AUTH_SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export async function startAuthSession(userId: string, now: Date = new Date()): Promise<string> {
  // Housekeeping: this user's expired rows can never be used again.
  await db().authSession.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  const row = await db().authSession.create({
    data: { userId, createdAt: now, expiresAt: new Date(now.getTime() + AUTH_SESSION_MAX_AGE_SECONDS * 1000) },
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
