import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { seedDemo } from "../../prisma/seed/seed-demo.ts";
import { PrismaClient } from "../../server/db/generated/client.ts";
import { migrate } from "../../server/db/migrate.ts";
import { withDatabase } from "../../server/testing/admin-url.ts";
import { storageDir } from "./seed-if-empty.ts";

/**
 * A database of its own for a script that serves the app (end-to-end tests, benchmarks,
 * drills): created on the server at `adminUrl`, migrated and seeded with the demo event.
 * `replace` drops one of the same name first; `extra` adds data while the seeding client is open.
 * Returns its connection string.
 */
export async function createSeededDatabase(
  adminUrl: string,
  name: string,
  options: { replace?: boolean; extra?: (prisma: PrismaClient) => Promise<unknown> } = {},
): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    if (options.replace) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  await migrate(url);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  try {
    await seedDemo(prisma, { storageDir: storageDir() });
    await options.extra?.(prisma);
  } finally {
    await prisma.$disconnect();
  }
  return url;
}
