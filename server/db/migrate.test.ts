import pg from "pg";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { migrate } from "./migrate.ts";

const database = useTestDatabase();

describe("migrate", () => {
  it("is a no-op on an already migrated database", async () => {
    const result = await migrate(database.url());
    expect(result.applied).toEqual([]);
    expect(result.skipped.length).toBeGreaterThan(0);
    const c = new pg.Client({ connectionString: database.url() });
    await c.connect();
    const rows = await c.query(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"`);
    await c.end();
    expect(rows.rows.length).toBe(result.skipped.length);
    expect(rows.rows[0].checksum).toMatch(/^[0-9a-f]{64}$/);
  });
});
