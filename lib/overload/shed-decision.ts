// Load shedding: when the database cannot serve, answer at once with a 503 page instead of
// letting requests queue for a connection. The app's pool monitor (server/db/pool-monitor.ts)
// publishes a snapshot function on globalThis; proxy.ts (same process) reads it per request.
// Pure code, no server-only imports: proxy.ts cannot import from server/.

export type PoolSnapshot = {
  /** The last connection attempt failed and a probe has not reached the server since. */
  down: boolean;
  /** Connections checked out (in use), and the pool's maximum. */
  checkedOut: number;
  max: number;
  /** Milliseconds since a connection was last handed out or returned. */
  idleForMs: number;
  /** Age in ms of the oldest request still waiting for a connection (0 when none waits). */
  oldestWaitMs: number;
  /** Milliseconds since a request last gave up waiting for a connection (Infinity: never). */
  sinceAcquireTimeoutMs: number;
};

export type ShedReason = "unavailable" | "busy";

/** All connections in use and none returned for this long: the database is not moving. */
export const STALL_MS = 1_000;
/** A request has waited this long for a connection (the acquire timeout is 10 s). */
export const SLOW_WAIT_MS = 3_000;
/** After a request timed out waiting for a connection, shed for this long. */
export const AFTER_TIMEOUT_MS = 1_000;

export function shedReason(s: PoolSnapshot): ShedReason | null {
  if (s.down) return "unavailable";
  // With a one-connection pool (DATABASE_POOL_MAX=1) one slow query already looks "stuck";
  // there the wait rule below decides.
  if (s.max > 1 && s.checkedOut >= s.max && s.idleForMs >= STALL_MS) return "busy";
  if (s.oldestWaitMs >= SLOW_WAIT_MS) return "busy";
  if (s.sinceAcquireTimeoutMs < AFTER_TIMEOUT_MS) return "busy";
  return null;
}

export type PoolHealthStore = { snapshot: () => PoolSnapshot };
const KEY = "accordPoolHealth";

export function publishPoolHealth(store: PoolHealthStore): void {
  (globalThis as unknown as Record<string, PoolHealthStore>)[KEY] = store;
}

/** The reason to shed right now, or null (also when the app has not opened its pool yet). */
export function currentShedReason(): ShedReason | null {
  const store = (globalThis as unknown as Record<string, PoolHealthStore | undefined>)[KEY];
  return store ? shedReason(store.snapshot()) : null;
}
