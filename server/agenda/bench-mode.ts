import "server-only";

// Switches used only by `npm run bench` (scripts/bench-agenda.ts), which starts the server
// with them. Read here, not in server/env.ts, because they are off in every real
// deployment and nothing else may depend on them. Both are refused when unset.

/** ?nocache=1 rebuilds the agenda from the database: only when BENCH_BYPASS_CACHE=1. */
export function cacheBypassAllowed(): boolean {
  return process.env.BENCH_BYPASS_CACHE === "1";
}

/** Expose X-Accord-Queries (SQL statements per agenda build): only when ACCORD_BENCH=1. */
export function queryCountHeaderAllowed(): boolean {
  return process.env.ACCORD_BENCH === "1";
}

export const QUERY_COUNT_HEADER = "X-Accord-Queries";
export const CACHE_STATUS_HEADER = "X-Accord-Agenda-Cache";
