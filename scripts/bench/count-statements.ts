import pg from "pg";
import { adminUrl } from "../../server/testing/admin-url.ts";
import { fetchHeaders } from "./load.ts";

// SQL statements per request, read from PostgreSQL's own statistics instead of from the app:
// the xact_commit delta of the bench database in pg_stat_database over `requests` calls of
// `url`. Every statement Prisma sends outside a transaction commits on its own, so for the
// agenda build (plain reads) commits = statements. Backends flush their statistics up to
// PGSTAT_IDLE_INTERVAL (10 s) after going idle, hence the waits. Only meaningful against a
// server started with the agenda caches off and nothing else using the database.

const FLUSH_MS = 11_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function commits(admin: pg.Client, database: string): Promise<number> {
  await admin.query("SELECT pg_stat_clear_snapshot()");
  const { rows } = await admin.query<{ n: string }>("SELECT xact_commit AS n FROM pg_stat_database WHERE datname = $1", [database]);
  return Number(rows[0]?.n ?? NaN);
}

/** Statements per request for each url, measured one after the other (one flush wait each). */
export async function statementsPerRequest(database: string, urls: string[], requests = 20): Promise<number[]> {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await sleep(FLUSH_MS);
    let before = await commits(admin, database);
    const out: number[] = [];
    for (const url of urls) {
      for (let i = 0; i < requests; i++) await fetchHeaders(url);
      await sleep(FLUSH_MS);
      const after = await commits(admin, database);
      out.push(Math.round((after - before) / requests));
      before = after;
    }
    return out;
  } finally {
    await admin.end();
  }
}
