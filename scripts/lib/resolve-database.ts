import { existsSync } from "node:fs";
import { defaultDataDir, legacyPgliteDir, startEmbeddedDb } from "../../server/db/embedded.ts";
import { describeTarget, parseDatabaseUrl } from "./database-url.ts";
import { waitForDatabase } from "./wait-for-database.ts";

// Which database a script uses: DATABASE_URL when set (checked and probed first), else the
// embedded PostgreSQL under ACCORD_DATA_DIR (.data/postgres). `env` holds what the app's
// process must receive. The embedded server is a real PostgreSQL: the app's normal pool
// (DATABASE_POOL_MAX, default 10) and LISTEN/NOTIFY work as on any server.
export type ResolvedDatabase = {
  url: string;
  label: string;
  embedded: boolean;
  env: Record<string, string>;
  stop: () => Promise<void>;
};

export async function resolveDatabase(
  source: Record<string, string | undefined> = process.env,
  opts: { timeoutMs?: number; log?: (m: string) => void } = {},
): Promise<ResolvedDatabase> {
  const raw = source.DATABASE_URL?.trim();
  if (raw) {
    const target = parseDatabaseUrl(raw);
    await waitForDatabase(target, opts.timeoutMs);
    return { url: raw, label: describeTarget(target), embedded: false, env: { DATABASE_URL: raw }, stop: async () => {} };
  }
  const legacy = legacyPgliteDir(source);
  if (existsSync(legacy)) {
    (opts.log ?? console.log)(
      `note: ${legacy} holds the PGlite database of an earlier Accord version; it is no longer used. ` +
        `The embedded database is now a real PostgreSQL in ${defaultDataDir(source)}, seeded afresh with the demo. ` +
        `Delete ${legacy} once you no longer need it.`,
    );
  }
  const db = await startEmbeddedDb({ dataDir: defaultDataDir(source) });
  return {
    url: db.url,
    label: `embedded PostgreSQL ${db.version} (${db.dataDir}) on 127.0.0.1:${db.port}`,
    embedded: true,
    env: { DATABASE_URL: db.url },
    stop: db.stop,
  };
}
