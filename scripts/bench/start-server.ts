import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import pg from "pg";
import { adminUrl } from "../../server/testing/admin-url.ts";
import { stopChild, waitUntilHealthy } from "../lib/next-child.ts";
import { createSeededDatabase } from "../lib/seeded-database.ts";
import { generateAgendaEvent } from "./generate-event.ts";

// Like scripts/e2e-server.ts: a fresh database (migrated, demo seeded, plus a generated
// 300-session event) and `next start` on the existing production build, with the bench
// switches on (cache bypass via ?nocache=1 and the query-count header).

export const LARGE_SLUG = "bench-300-sessions";

export type BenchServer = { baseUrl: string; databaseUrl: string; pid: number; stop: () => Promise<void> };

/**
 * `generateLarge: false` skips the 300-session event (benches that only need the demo);
 * `benchSwitches: false` runs the server as in production (no ?nocache, no query counting);
 * `env` adds variables (e.g. NODE_OPTIONS for the mixed bench's heap reporter).
 */
export async function startBenchServer(
  port: number,
  options: { generateLarge?: boolean; benchSwitches?: boolean; env?: Record<string, string> } = {},
): Promise<BenchServer> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("bench: no production build; run `npm run build` first.");
  const dbName = `accord_bench_${Date.now().toString(36)}`;
  const url = await createSeededDatabase(adminUrl(), dbName, {
    extra: (prisma) => ((options.generateLarge ?? true) ? generateAgendaEvent(prisma, { slug: LARGE_SLUG, sessions: 300 }) : Promise.resolve()),
  });

  // No -H: with -H 127.0.0.1 Next names itself "localhost" and turns proxy.ts's same-origin
  // rewrite into an HTTP proxy hop, which can fail; `npm start` binds the same way.
  // BENCH_SERVER_CPU=0 pins the server to one core (taskset), leaving the other to the load generator.
  const cpu = process.env.BENCH_SERVER_CPU;
  const [cmd, args] = cpu
    ? ["taskset", ["-c", cpu, "node_modules/.bin/next", "start", "-p", String(port)]]
    : ["node_modules/.bin/next", ["start", "-p", String(port)]];
  const child: ChildProcess = spawn(cmd as string, args as string[], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env, DATABASE_URL: url, DATABASE_POOL_MAX: "10", NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-bench-secret-bench-secret-0123", NEXT_TELEMETRY_DISABLED: "1",
      ...(options.benchSwitches === false ? {} : { ACCORD_BENCH: "1", BENCH_BYPASS_CACHE: "1" }),
      ...options.env,
    },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(child, baseUrl, "bench");
  let stopping: Promise<void> | undefined;
  return {
    baseUrl,
    databaseUrl: url,
    pid: child.pid!,
    // Idempotent: a bench's time limit and its normal end may both call it.
    stop: () => (stopping ??= (async () => {
      await stopChild(child);
      const a = new pg.Client({ connectionString: adminUrl() });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await a.end();
    })()),
  };
}
