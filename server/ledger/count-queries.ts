import "server-only";
import pg from "pg";

/** Counts the SQL statements sent through node-postgres while `run` runs (tests and the ledger benchmark). */
export async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const original = pg.Client.prototype.query;
  let queries = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    queries += 1;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    const result = await run();
    return { result, queries };
  } finally {
    pg.Client.prototype.query = original;
  }
}
