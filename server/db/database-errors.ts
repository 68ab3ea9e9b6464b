import "server-only";

// Sorts a thrown error into "the database cannot be reached" (server down, restarting,
// connection dropped), "no connection free in time" (pool exhausted) or anything else.
// Errors arrive raw from pg, wrapped by @prisma/adapter-pg (DriverAdapterError with a
// `cause`), or as Prisma client errors (code P1001…, `meta.driverAdapterError`), so the
// whole cause chain is searched.

export type DatabaseErrorKind = "unavailable" | "busy";

const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03", // admin shutdown, crash shutdown, cannot connect now (starting up)
  "P1001",
  "P1002",
  "P1017", // Prisma: cannot reach, timed out, server closed the connection
]);
const BUSY_CODES = new Set(["53300", "P2024"]); // too many connections; Prisma pool timeout
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const BUSY_MESSAGE = /timeout exceeded when trying to connect|timed out fetching a new connection/i;
const UNAVAILABLE_MESSAGE =
  /connection terminated|terminating connection|the database system is (starting up|shutting down|in recovery)|is not currently accepting connections|can't reach database server|connect ECONNREFUSED|Connection ended unexpectedly|server closed the connection/i;

export function classifyDatabaseError(error: unknown): DatabaseErrorKind | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 20) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const { code, originalCode, kind, message, cause, meta, errors } = e as Record<string, unknown>;
    for (const c of [code, originalCode]) {
      if (typeof c !== "string") continue;
      if (BUSY_CODES.has(c)) return "busy";
      if (UNAVAILABLE_CODES.has(c) || c.startsWith("08")) return "unavailable"; // 08xxx: connection exception
    }
    if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return "unavailable";
    if (typeof message === "string") {
      // "Connection terminated due to connection timeout": a new connection hung, i.e. unreachable.
      if (BUSY_MESSAGE.test(message)) return "busy";
      if (UNAVAILABLE_MESSAGE.test(message)) return "unavailable";
    }
    queue.push(cause, meta, (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError);
    if (Array.isArray(errors)) queue.push(...errors); // AggregateError (dual-stack connect)
  }
  return null;
}

/**
 * A unique constraint refused the write, for races a pre-check cannot close: Prisma's P2002,
 * or, from a raw statement, Prisma's P2010 ("raw query failed") whose driver adapter error is
 * a UniqueConstraintViolation (PostgreSQL's 23505).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } };
  };
  if (code === "P2002") return true;
  const cause = meta?.driverAdapterError?.cause;
  return code === "P2010" && (cause?.originalCode === "23505" || cause?.kind === "UniqueConstraintViolation");
}
