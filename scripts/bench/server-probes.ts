import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// What a slow answer waited on, measured while a bench runs:
// - the server's event loop (event-loop-preload.mjs writes the longest delay of every second):
//   a long synchronous task in the server holds every request behind it;
// - the database: every 100 ms, how many of the app's sessions are running a query, and how
//   many of them are waiting for a lock (pg_stat_activity.wait_event_type = 'Lock').

export const EVENT_LOOP_PRELOAD = path.resolve("scripts/bench/event-loop-preload.mjs");

export type LoopSummary = { seconds: number; maxMs: number; over100: number; over500: number };

/** The event-loop delays recorded between two instants (ms since the epoch). */
export async function readLoopDelays(file: string, from: number, to: number): Promise<LoopSummary> {
  const text = await readFile(file, "utf8").catch(() => "");
  const delays = text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { at: number; maxMs: number })
    .filter((d) => d.at >= from && d.at <= to + 1_000)
    .map((d) => d.maxMs);
  return {
    seconds: delays.length,
    maxMs: Math.max(0, ...delays),
    over100: delays.filter((d) => d > 100).length,
    over500: delays.filter((d) => d > 500).length,
  };
}

export type DbSampler = { stop: () => Promise<{ samples: number; maxActive: number; maxLockWaits: number; samplesWithLockWait: number }> };

/** Samples the app database's sessions (not this sampler's own) every 100 ms until stopped. */
export async function sampleDatabase(databaseUrl: string): Promise<DbSampler> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let running = true;
  const stats = { samples: 0, maxActive: 0, maxLockWaits: 0, samplesWithLockWait: 0 };
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query<{ active: number; locks: number }>(
        `SELECT count(*) FILTER (WHERE state = 'active')::int AS active,
                count(*) FILTER (WHERE wait_event_type = 'Lock')::int AS locks
         FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      stats.samples += 1;
      stats.maxActive = Math.max(stats.maxActive, rows[0].active);
      stats.maxLockWaits = Math.max(stats.maxLockWaits, rows[0].locks);
      if (rows[0].locks > 0) stats.samplesWithLockWait += 1;
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      await client.end();
      return stats;
    },
  };
}
