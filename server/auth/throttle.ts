import "server-only";
import { db } from "../db/client.ts";

// Sign-in throttling: at most MAX_FAILURES failed attempts per WINDOW_MS for one account
// (normalized email) and for one client IP, counted from LoginAttempt rows.
//
// An attempt is recorded *before* the password is checked and then counted, so concurrent
// requests cannot all slip through a "count, then check" gap: the last one to count sees
// every earlier insert. A refused or successful attempt removes its own rows again, so
// only checked-and-failed passwords count.

export const MAX_FAILURES = 5;
export const WINDOW_MS = 60_000;

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export function throttleKeys(email: string, ip: string | null): string[] {
  const keys = [`account:${email}`];
  if (ip) keys.push(`ip:${ip}`);
  return keys;
}

export type Reservation = { ids: bigint[]; throttled: boolean };

/** Records a pending attempt for every key; throttled when any key is over the limit. */
export async function reserveAttempt(keys: string[], now: Date): Promise<Reservation> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const ids: bigint[] = [];
  for (const key of keys) {
    const row = await db().loginAttempt.create({ data: { key, createdAt: now }, select: { id: true } });
    ids.push(row.id);
  }
  const counts = await db().loginAttempt.groupBy({
    by: ["key"],
    where: { key: { in: keys }, createdAt: { gt: since, lte: now } },
    _count: { _all: true },
  });
  const throttled = counts.some((c) => c._count._all > MAX_FAILURES);
  if (throttled) await releaseAttempt(ids);
  return { ids, throttled };
}

/** Forgets a pending attempt: it was refused unchecked or the password was right. */
export async function releaseAttempt(ids: bigint[]): Promise<void> {
  if (ids.length) await db().loginAttempt.deleteMany({ where: { id: { in: ids } } });
}

/** Drops attempts that can no longer count; called after each failure. */
export async function pruneAttempts(now: Date): Promise<void> {
  await db().loginAttempt.deleteMany({ where: { createdAt: { lte: new Date(now.getTime() - WINDOW_MS) } } });
}
