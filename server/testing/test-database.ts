import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { adminUrl, withDatabase } from "./admin-url.ts";

// Call once at the top of a test file that touches the database. Before the file's tests
// it clones the run's migrated template into a database of its own, points DATABASE_URL
// at it and drops any cached Prisma client; after them it disconnects.
export function useTestDatabase(): { url: () => string } {
  let url = "";
  beforeAll(async () => {
    const name = `accord_t_${inject("accordRunId")}_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: adminUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("accordTemplateDb")}"`);
    await admin.end();
    url = withDatabase(adminUrl(), name);
    process.env.DATABASE_URL = url;
    await resetPrisma();
  });
  afterAll(async () => {
    await resetPrisma();
  });
  return { url: () => url };
}

async function resetPrisma() {
  const g = globalThis as unknown as { accordPrisma?: { $disconnect(): Promise<void> } };
  await g.accordPrisma?.$disconnect();
  g.accordPrisma = undefined;
  // server/env.ts caches the parsed environment; tests change DATABASE_URL per file.
  const { resetEnvForTests } = await import("../env.ts");
  resetEnvForTests();
}
