import "server-only";
import { networkKey } from "./client-ip.ts";
import { throttleStore } from "./throttle-store.ts";

// Sign-in throttling, counted in failed passwords per WINDOW_MS (throttle-store.ts: Redis or
// memory), per account, per network, and per account from one network:
// - one network (an IPv4 address or an IPv6 /64) gets NETWORK_LIMIT failures across all
//   accounts, and PAIR_LIMIT on one account; beyond that it is refused without a hash check,
//   which bounds password spraying and Argon2 work per network;
// - the account as a whole is never refused, so nobody can lock its owner out: after
//   ACCOUNT_FREE_FAILURES failures from anywhere, every further attempt on it waits a delay
//   that doubles up to MAX_DELAY_MS before its password is checked.
// An attempt is counted *before* the check (one atomic step for all keys), so concurrent
// attempts cannot slip past the limits; a refused or successful one is taken back.

export const WINDOW_MS = 15 * 60_000;
export const PAIR_LIMIT = 10;
export const NETWORK_LIMIT = 30;
/** Password-reset requests per address ("reset:<email>") and per network ("reset-network:<ip>") in one window; sign-ups
 * ("signup:<email>", "signup-network:<ip>"), email changes ("email-change:<user id>") and wrong current passwords ("password-change:<user id>") are counted the same way. */
export const RESET_ADDRESS_LIMIT = 5;
export const ACCOUNT_FREE_FAILURES = 5;
export const FIRST_DELAY_MS = 500;
export const MAX_DELAY_MS = 8_000;

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export function throttleKeys(email: string, ip: string | null): string[] {
  const keys = [`account:${email}`];
  if (ip) keys.push(`network:${networkKey(ip)}`, `pair:${networkKey(ip)}|${email}`);
  return keys;
}

/** The wait before checking an attempt, given the account's failures before it. */
export function accountDelayMs(failuresBefore: number): number {
  if (failuresBefore < ACCOUNT_FREE_FAILURES) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failuresBefore - ACCOUNT_FREE_FAILURES), MAX_DELAY_MS);
}

export type Reservation = { keys: string[]; throttled: boolean; delayMs: number };

/** Counts a pending attempt on every key; throttled when the network or the pair is over its limit. */
export async function reserveAttempt(keys: string[]): Promise<Reservation> {
  const counts = await throttleStore().hit(keys, WINDOW_MS);
  const limit = (key: string) =>
    key.startsWith("network:") || key.startsWith("reset-network:") || key.startsWith("signup-network:")
      ? NETWORK_LIMIT
      : key.startsWith("pair:")
        ? PAIR_LIMIT
        : key.startsWith("reset:") || key.startsWith("signup:") || key.startsWith("email-change:") || key.startsWith("password-change:")
          ? RESET_ADDRESS_LIMIT
          : Infinity;
  const throttled = keys.some((key, i) => counts[i] > limit(key));
  if (throttled) await throttleStore().undo(keys);
  return { keys, throttled, delayMs: throttled ? 0 : accountDelayMs(counts[0] - 1) };
}

/** Forgets a pending attempt: the password was right. */
export async function releaseAttempt(reservation: Reservation): Promise<void> {
  await throttleStore().undo(reservation.keys);
}
