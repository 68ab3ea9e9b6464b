import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Logger, runMigrations } from "graphile-worker";
import pg from "pg";

// Applies prisma/migrations the way `prisma migrate deploy` does, with no native engine:
// one transaction per migration, a session advisory lock so two runs cannot collide, and a
// row in _prisma_migrations (Prisma's own columns and SHA-256 checksum) for each one, so a
// deployment that can reach Prisma's binaries may switch to `prisma migrate deploy` freely.
// No "server-only" marker: the launcher and the test harness run it outside Next.

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");
const LOCK_KEY = 7_240_318_655; // any constant; shared by every Accord migrator

export type MigrationResult = { applied: string[]; skipped: string[] };

export class MigrationError extends Error {
  constructor(
    public readonly migration: string,
    cause: unknown,
  ) {
    super(`Migration ${migration} failed and was rolled back: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "MigrationError";
  }
}

export async function listMigrations(dir = MIGRATIONS_DIR) {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

const quietLogger = new Logger(() => () => {});

export async function migrate(connectionString: string, opts: { dir?: string; log?: (m: string) => void } = {}): Promise<MigrationResult> {
  const log = opts.log ?? (() => {});
  const migrations = await listMigrations(opts.dir);
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  // A connection dropped by the server surfaces as the failing query's rejection; without
  // a listener pg would also emit it as an uncaught "error" event and crash the process.
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(CREATE_TABLE);
    const done = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(done.rows.map((r) => [r.migration_name, r.checksum]));
    const result: MigrationResult = { applied: [], skipped: [] };
    for (const m of migrations) {
      const known = applied.get(m.name);
      if (known) {
        if (known !== m.checksum) log(`warning: ${m.name} was edited after it was applied (checksum differs)`);
        result.skipped.push(m.name);
        continue;
      }
      try {
        await client.query("BEGIN");
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {});
        throw new MigrationError(m.name, err);
      }
      log(`applied ${m.name}`);
      result.applied.push(m.name);
    }
    // The mail queue's tables (schema graphile_worker) are kept by graphile-worker's own
    // migrations; they are idempotent and take their own lock.
    await runMigrations({ connectionString, logger: quietLogger });
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  }
}
