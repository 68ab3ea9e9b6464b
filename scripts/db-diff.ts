// `npm run db:diff -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes the last migrated schema (schema.snapshot.prisma) to
// prisma/schema.prisma, then updates the snapshot. Review the SQL before committing.
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedDb } from "../server/db/embedded.ts";
import { CliError, runCli } from "./lib/cli-error.ts";
import { loadDotenv } from "./lib/load-dotenv.ts";
import { nextMigrationName } from "./lib/migration-name.ts";
import { diffSchemas, ensureDiffTool } from "./lib/prisma6-diff.ts";
import { resolveDatabase } from "./lib/resolve-database.ts";

const MIGRATIONS = path.resolve("prisma/migrations");
const SNAPSHOT = path.join(MIGRATIONS, "schema.snapshot.prisma");
const SCHEMA = path.resolve("prisma/schema.prisma");
const log = (m: string) => console.log(`db:diff: ${m}`);

await runCli("db:diff", async () => {
  const name = process.argv[2];
  if (!name) throw new CliError("usage: npm run db:diff -- <migration_name>");
  if (!existsSync(SNAPSHOT))
    throw new CliError(`${path.relative(".", SNAPSHOT)} is missing; it must hold the schema the last migration produced`);
  loadDotenv("development");
  await ensureDiffTool(log);

  const [from, to] = await Promise.all([readFile(SNAPSHOT, "utf8"), readFile(SCHEMA, "utf8")]);
  const database = await reachableDatabase();
  let sql: string;
  try {
    sql = await diffSchemas(from, to, database.url);
  } finally {
    await database.stop();
  }
  if (!sql) {
    log("no changes");
    return;
  }
  const existing = (await readdir(MIGRATIONS, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  const dirName = nextMigrationName(name, new Date(), existing);
  await mkdir(path.join(MIGRATIONS, dirName));
  await writeFile(path.join(MIGRATIONS, dirName, "migration.sql"), sql);
  await writeFile(SNAPSHOT, to);
  log(`wrote prisma/migrations/${dirName}/migration.sql and updated the snapshot; review it, then \`npm run db:migrate\``);
});

// Prisma 6 wants a reachable PostgreSQL although the diff never queries it. With no
// DATABASE_URL we start a throwaway embedded PostgreSQL rather than the dev one, which
// `npm run dev` may be holding.
async function reachableDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL?.trim()) return resolveDatabase();
  const db = await startEmbeddedDb({ ephemeral: true, port: 0 });
  return { url: db.url, stop: db.stop };
}
