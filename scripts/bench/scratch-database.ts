import pg from "pg";
import { adminUrl, withDatabase } from "../../server/testing/admin-url.ts";
import { migrate } from "../../server/db/migrate.ts";

// The frame of the in-process benchmarks (bench:ledger, bench:checkin): a fresh migrated
// database of their own on the test server (TEST_DATABASE_URL / DATABASE_URL's server, else
// 127.0.0.1:5432), the app's configuration pointed at it (DATABASE_URL and a throwaway
// NEXTAUTH_SECRET, read once by the app when the bench first imports it), the bench's report
// printed as JSON with its verdict (exit code 1 when it misses its target or fails), and the
// database dropped at the end, also after a failure.

export type BenchReport = { pass: boolean } & Record<string, unknown>;

/** Drops a scratch database (ending its sessions); `admin` defaults to the test server. */
export async function dropDatabase(name: string, admin: string = adminUrl()): Promise<void> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Runs `bench` against a fresh database `accord_bench_<name>_<time>` and reports it; never throws. */
export async function runScratchBench(name: string, bench: (url: string) => Promise<BenchReport>): Promise<void> {
  const database = `accord_bench_${name}_${Date.now().toString(36)}`;
  const admin = adminUrl();
  try {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE "${database}"`).finally(() => client.end());
    const url = withDatabase(admin, database);
    process.env.DATABASE_URL = url;
    process.env.NEXTAUTH_SECRET ??= `bench-${name}-only-secret-0123456789abcdef0123456789`;
    try {
      await migrate(url);
      const report = await bench(url);
      console.log(JSON.stringify(report, null, 2));
      if (!report.pass) process.exitCode = 1;
    } finally {
      const { db } = await import("../../server/db/client.ts");
      await db().$disconnect();
      await dropDatabase(database, admin).catch((e) => console.error(`bench:${name}: could not drop ${database}: ${e}`));
    }
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  }
}
