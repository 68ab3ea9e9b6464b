import "server-only";
import pg from "pg";
import { publishPoolHealth, type PoolSnapshot } from "@/lib/overload/shed-decision";
import { classifyDatabaseError } from "./database-errors.ts";

// Watches the app's pg.Pool so the server can say "unavailable" or "busy" quickly instead
// of hanging or crashing: every acquisition is timed (oldest waiter), hand-outs and returns
// are stamped (a pool whose connections are all stuck), and connection failures switch to
// "down" until a probe on its own connection reaches the server again. The snapshot is
// published on globalThis for proxy.ts (lib/overload/shed-decision.ts).

export const PROBE_INTERVAL_MS = 250;
type ConnectCallback = (err: Error | undefined, client?: pg.PoolClient, done?: (release?: unknown) => void) => void;

export type PoolMonitor = {
  snapshot: () => PoolSnapshot;
  /** Feed an error seen elsewhere (a query, a route handler); returns its kind. */
  observe: (error: unknown) => ReturnType<typeof classifyDatabaseError>;
  stop: () => void;
};

export function monitorPool(pool: pg.Pool, options: { connectionString: string; now?: () => number }): PoolMonitor {
  const now = options.now ?? Date.now;
  const waiting = new Map<number, number>(); // insertion order = start order, so the first is the oldest
  let nextId = 0;
  let lastActivityAt = now();
  let lastAcquireTimeoutAt = -Infinity;
  let down = false;
  let probe: ReturnType<typeof setInterval> | undefined;
  let probing = false;

  const markUp = () => {
    down = false;
    if (probe) clearInterval(probe);
    probe = undefined;
  };
  const probeOnce = async () => {
    if (probing) return;
    probing = true;
    const client = new pg.Client({ connectionString: options.connectionString, connectionTimeoutMillis: 1_000 });
    client.on("error", () => {}); // a probe connection that drops must not crash the process
    try {
      await client.connect();
      await client.query("SELECT 1");
      markUp();
    } catch {
      // still down; the next tick tries again
    } finally {
      probing = false;
      client.end().catch(() => {});
    }
  };
  const observe = (error: unknown) => {
    const kind = classifyDatabaseError(error);
    if (kind === "busy") lastAcquireTimeoutAt = now();
    if (kind === "unavailable" && !down) {
      down = true;
      console.error("database unavailable:", (error as Error)?.message ?? error);
      probe = setInterval(() => void probeOnce(), PROBE_INTERVAL_MS);
      probe.unref?.();
    }
    return kind;
  };

  // pool.query() calls this.connect(callback) too, so wrapping connect covers every path.
  const original = pool.connect.bind(pool) as (cb?: ConnectCallback) => Promise<pg.PoolClient> | void;
  const wrapped = (cb?: ConnectCallback) => {
    const id = nextId++;
    waiting.set(id, now());
    const settle = (err: Error | undefined) => {
      waiting.delete(id);
      if (err) observe(err);
      else if (down) markUp();
    };
    if (cb) return original((err, client, done) => (settle(err), cb(err, client, done)));
    return (original() as Promise<pg.PoolClient>).then(
      (client) => (settle(undefined), client),
      (err: Error) => (settle(err), Promise.reject(err)),
    );
  };
  (pool as unknown as { connect: typeof wrapped }).connect = wrapped;

  const touch = () => (lastActivityAt = now());
  pool.on("acquire", touch);
  pool.on("release", touch);
  // An idle connection dropped by the server (restart, terminate): without a listener this
  // 'error' event would crash the process.
  pool.on("error", (error) => observe(error));

  const max = (pool.options as { max?: number }).max ?? 10;
  const snapshot = (): PoolSnapshot => {
    const t = now();
    const oldest = waiting.values().next();
    return {
      down,
      checkedOut: pool.totalCount - pool.idleCount,
      max,
      idleForMs: t - lastActivityAt,
      oldestWaitMs: oldest.done ? 0 : t - oldest.value,
      sinceAcquireTimeoutMs: t - lastAcquireTimeoutAt,
    };
  };
  return { snapshot, observe, stop: () => probe && clearInterval(probe) };
}

/** Publishes the monitor for proxy.ts's load shedding. */
export function publishMonitor(monitor: PoolMonitor): void {
  publishPoolHealth({ snapshot: monitor.snapshot });
}
