import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "../db/migrate.ts";
import { adminUrl, withDatabase } from "./admin-url.ts";
import { ensureTestServer } from "./test-server.ts";

// Once per `vitest run`: build a freshly migrated template database. Each test file then
// clones it (server/testing/test-database.ts), so every file starts from an empty schema
// and files running in parallel never see each other's rows. With no server configured or
// answering on 127.0.0.1:5432, an embedded PostgreSQL runs for the duration of the run
// (`npm test` starts one itself and passes it down in TEST_DATABASE_URL).
export default async function setup(project: TestProject) {
  const server = await ensureTestServer((m) => console.log(`vitest: ${m}`));
  // Test files read the server from TEST_DATABASE_URL (adminUrl()); the workers inherit it.
  process.env.TEST_DATABASE_URL = server.url;
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const template = `accord_t_${runId}_tpl`;
  const admin = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
  } catch (err) {
    await server.stop();
    throw new Error(`Tests need a PostgreSQL server at ${adminUrl()} (set TEST_DATABASE_URL to use another): ${(err as Error).message}`);
  }
  await admin.query(`CREATE DATABASE "${template}"`);
  await migrate(withDatabase(adminUrl(), template));
  project.provide("accordTemplateDb", template);
  project.provide("accordRunId", runId);

  return async () => {
    const dbs = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`accord_t_${runId}_%`]);
    for (const { datname } of dbs.rows) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    await admin.end();
    await server.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    accordTemplateDb: string;
    accordRunId: string;
  }
}
