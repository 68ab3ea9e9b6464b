import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { adminUrl, withDatabase } from "../testing/admin-url.ts";
import { useTestDatabase } from "../testing/test-database.ts";
import { listMigrations, migrate, MigrationError } from "./migrate.ts";

const database = useTestDatabase();
const created: string[] = [];

// The cloned test database is already migrated; these cases need a truly empty one.
async function emptyDatabase(): Promise<string> {
  const name = `accord_mig_${randomBytes(4).toString("hex")}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  created.push(name);
  return withDatabase(adminUrl(), name);
}

async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>, url = adminUrl()): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

afterAll(async () => {
  for (const name of created) await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
});

describe("migrate", () => {
  it("is a no-op on an already migrated database", async () => {
    const result = await migrate(database.url());
    expect(result.applied).toEqual([]);
    expect(result.skipped.length).toBeGreaterThan(0);
    const rows = await withAdmin((c) => c.query(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"`), database.url());
    expect(rows.rows.length).toBe(result.skipped.length);
    expect(rows.rows[0].checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("applies every migration to an empty database and records it the way Prisma Migrate does", async () => {
    const url = await emptyDatabase();
    const migrations = await listMigrations();
    const first = await migrate(url);
    expect(first.applied).toEqual(migrations.map((m) => m.name));

    const rows = await withAdmin((c) => c.query(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`), url);
    expect(Object.keys(rows.rows[0]).sort()).toEqual([
      "applied_steps_count",
      "checksum",
      "finished_at",
      "id",
      "logs",
      "migration_name",
      "rolled_back_at",
      "started_at",
    ]);
    for (const [i, m] of migrations.entries()) {
      const row = rows.rows[i];
      expect(row.migration_name).toBe(m.name);
      expect(row.checksum).toBe(createHash("sha256").update(m.sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
    }

    const second = await migrate(url);
    expect(second).toEqual({ applied: [], skipped: migrations.map((m) => m.name) });
    const count = await withAdmin((c) => c.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`), url);
    expect(count.rows[0].n).toBe(migrations.length);
  });

  it("rolls a failing migration back completely, names it, and keeps the good ones", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "accord-migrations-"));
    try {
      const write = async (name: string, sql: string) => {
        await mkdir(path.join(dir, name));
        await writeFile(path.join(dir, name, "migration.sql"), sql);
      };
      await write("20990101000000_good", `CREATE TABLE "Good" ("id" INTEGER PRIMARY KEY);`);
      await write("20990102000000_bad", `CREATE TABLE "Half" ("id" INTEGER PRIMARY KEY);\nSELECT no_such_function();`);
      const url = await emptyDatabase();

      const failure = await migrate(url, { dir }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(MigrationError);
      expect((failure as MigrationError).migration).toBe("20990102000000_bad");
      expect((failure as Error).message).toContain("20990102000000_bad");

      const state = await withAdmin(
        async (c) => ({
          tables: (await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r) => r.tablename),
          applied: (await c.query(`SELECT migration_name FROM "_prisma_migrations"`)).rows.map((r) => r.migration_name),
        }),
        url,
      );
      expect(state.tables).toEqual(["Good", "_prisma_migrations"]);
      expect(state.applied).toEqual(["20990101000000_good"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("lets two concurrent runs on an empty database apply each migration exactly once", async () => {
    const url = await emptyDatabase();
    const [a, b] = await Promise.all([migrate(url), migrate(url)]);
    const names = (await listMigrations()).map((m) => m.name);
    expect([...a.applied, ...b.applied].sort()).toEqual(names);
    expect([...a.skipped, ...b.skipped].sort()).toEqual(names);
    const rows = await withAdmin((c) => c.query(`SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY 1`), url);
    expect(rows.rows.every((r) => r.n === 1)).toBe(true);
    expect(rows.rows.length).toBe(names.length);
  });
});
