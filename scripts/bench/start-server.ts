import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { adminUrl } from "../../server/testing/admin-url.ts";
import { stopChild, waitUntilHealthy } from "../lib/next-child.ts";
import { createSeededDatabase } from "../lib/seeded-database.ts";
import { generateAgendaEvent } from "./generate-event.ts";
import { dropDatabase } from "./scratch-database.ts";

// Like scripts/e2e-server.ts: a fresh database (migrated, demo seeded, plus a generated
// 300-session event) and `next start` on the existing production build, as in production.
// `agendaCache: "off"` starts it with ACCORD_AGENDA_CACHE=off (server/env.ts): the whole
// process then reads the agenda from the database on every request. Nothing a request
// sends can turn a cache off.

export const LARGE_SLUG = "bench-300-sessions";

export type BenchServer = { baseUrl: string; databaseUrl: string; pid: number; stop: () => Promise<void> };

export type BenchDatabase = { name: string; url: string; drop: () => Promise<void> };

/** A fresh seeded database; `generateLarge: false` skips the 300-session event. */
export async function createBenchDatabase(options: { generateLarge?: boolean } = {}): Promise<BenchDatabase> {
  const name = `accord_bench_${Date.now().toString(36)}`;
  const url = await createSeededDatabase(adminUrl(), name, {
    extra: (prisma) =>
      (options.generateLarge ?? true) ? generateAgendaEvent(prisma, { slug: LARGE_SLUG, sessions: 300 }) : Promise.resolve(),
  });
  return { name, url, drop: () => dropDatabase(name) };
}

/**
 * `database` serves an existing bench database (kept when the server stops), else a fresh
 * one is made (and dropped on stop); `generateLarge: false` skips the 300-session event;
 * `agendaCache: "off"` runs without the agenda caches; `env` adds variables (e.g.
 * NODE_OPTIONS for the mixed bench's heap reporter).
 */
export async function startBenchServer(
  port: number,
  options: { database?: BenchDatabase; generateLarge?: boolean; agendaCache?: "on" | "off"; env?: Record<string, string> } = {},
): Promise<BenchServer> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("bench: no production build; run `npm run build` first.");
  const database = options.database ?? (await createBenchDatabase(options));
  const url = database.url;

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
      ...process.env,
      DATABASE_URL: url,
      DATABASE_POOL_MAX: "10",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-bench-secret-bench-secret-0123",
      NEXT_TELEMETRY_DISABLED: "1",
      ACCORD_AGENDA_CACHE: options.agendaCache ?? "on",
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
    stop: () =>
      (stopping ??= (async () => {
        await stopChild(child);
        if (!options.database) await database.drop();
      })()),
  };
}
