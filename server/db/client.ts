import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client.ts";
import { env } from "../env.ts";
import { monitorPool, publishMonitor, type PoolMonitor } from "./pool-monitor.ts";

// One Prisma client per process (kept on globalThis so dev reloads do not open new pools).
// The same pg driver path and pool size serve an external PostgreSQL and the embedded one.
// The pool is ours (not the adapter's) so that it can be watched: a dropped idle
// connection is logged instead of crashing the process, and a request waits at most
// ACQUIRE_TIMEOUT_MS for a connection, then fails as "busy" (see pool-monitor.ts).
// The wait is generous on purpose: a burst that was let in (100 identical submits at once)
// should queue and complete; failing fast is proxy.ts's job, which sheds NEW requests as
// soon as the pool stalls or a request has waited SLOW_WAIT_MS (lib/overload/).
const globalForPrisma = globalThis as unknown as { accordPrisma?: PrismaClient; accordPoolMonitor?: PoolMonitor };

/** Longest wait for a free connection (and for a new connection to open). */
export const ACQUIRE_TIMEOUT_MS = 10_000;

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  const pool = new pg.Pool({
    connectionString: DATABASE_URL,
    max: DATABASE_POOL_MAX,
    connectionTimeoutMillis: ACQUIRE_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
  });
  const monitor = monitorPool(pool, { connectionString: DATABASE_URL });
  globalForPrisma.accordPoolMonitor = monitor;
  publishMonitor(monitor);
  return new PrismaClient({
    adapter: new PrismaPg(pool, {
      // $disconnect() (tests, scripts) closes the pool as it did when the adapter owned it.
      disposeExternalPool: true,
      onConnectionError: (error) => monitor.observe(error),
    }),
  });
}

export function db(): PrismaClient {
  globalForPrisma.accordPrisma ??= createClient();
  return globalForPrisma.accordPrisma;
}

/** The monitor of db()'s pool (undefined before the first db() call). */
export function poolMonitor(): PoolMonitor | undefined {
  return globalForPrisma.accordPoolMonitor;
}

export type { PrismaClient };
export { Prisma } from "./generated/client.ts";
