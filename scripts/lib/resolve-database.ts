import { defaultDataDir, startEmbeddedDb } from "../../server/db/embedded.ts";
import { describeTarget, parseDatabaseUrl } from "./database-url.ts";
import { waitForDatabase } from "./wait-for-database.ts";

// Which database a script uses: DATABASE_URL when set (checked and probed first), else the
// embedded PGlite under ACCORD_DATA_DIR. `env` holds what the app's process must receive.
export type ResolvedDatabase = {
  url: string;
  label: string;
  embedded: boolean;
  env: Record<string, string>;
  stop: () => Promise<void>;
};

export async function resolveDatabase(
  source: Record<string, string | undefined> = process.env,
  opts: { timeoutMs?: number } = {},
): Promise<ResolvedDatabase> {
  const raw = source.DATABASE_URL?.trim();
  if (raw) {
    const target = parseDatabaseUrl(raw);
    await waitForDatabase(target, opts.timeoutMs);
    return { url: raw, label: describeTarget(target), embedded: false, env: { DATABASE_URL: raw }, stop: async () => {} };
  }
  const db = await startEmbeddedDb({ dataDir: defaultDataDir(source) });
  return {
    url: db.url,
    label: `embedded PGlite (${db.dataDir}) on 127.0.0.1:${db.port}`,
    embedded: true,
    // PGlite is a single session: a larger pool would interleave transactions.
    env: { DATABASE_URL: db.url, DATABASE_POOL_MAX: "1" },
    stop: db.stop,
  };
}
