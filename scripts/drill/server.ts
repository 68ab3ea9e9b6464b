import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { stopChild, waitUntilHealthy } from "../lib/next-child.ts";
import { createSeededDatabase } from "../lib/seeded-database.ts";

// Like scripts/e2e-server.ts: a fresh database (migrated, demo seeded) on the drill's own
// PostgreSQL and `next start` on the production build, with ACCORD_AGENDA_CACHE=off so that
// the public agenda reads the database on every request (server/env.ts).

export type DrillServer = {
  baseUrl: string;
  databaseUrl: string;
  pid: number;
  child: ChildProcess;
  /** Server log lines (stdout + stderr), for the report when something fails. */
  log: string[];
  alive: () => boolean;
  stop: () => Promise<void>;
};

export async function startDrillServer(adminUrl: string, port: number, poolMax: number): Promise<DrillServer> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("drill: no production build (npm run build)");
  const dbName = `accord_drill_${Date.now().toString(36)}`;
  const url = await createSeededDatabase(adminUrl, dbName);

  // No -H: the same binding as `npm start` (see scripts/e2e-server.ts).
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: url,
      DATABASE_POOL_MAX: String(poolMax),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: "drill-secret-drill-secret-drill-secret-0123",
      NEXT_TELEMETRY_DISABLED: "1",
      ACCORD_AGENDA_CACHE: "off",
    },
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (line.trim()) log.push(line);
    if (log.length > 2000) log.splice(0, log.length - 2000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(child, baseUrl, "drill", () => log.slice(-20).join("\n"));
  let stopping: Promise<void> | undefined;
  return {
    baseUrl,
    databaseUrl: url,
    pid: child.pid!,
    child,
    log,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: () => (stopping ??= stopChild(child)),
  };
}
