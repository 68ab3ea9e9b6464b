// `npm run drill`: failure drills against a production server (issue 7).
//   1. PostgreSQL restarted while the app serves traffic
//   2. connection pool exhausted
//   3. 50 concurrent edits of one session
//   4. 100 identical submits
// Starts its own PostgreSQL cluster (scripts/drill/cluster.ts; DRILL_DATABASE_URL +
// DRILL_RESTART_COMMAND for another setup), builds if there is no production build, prints
// the results table, writes docs/DRILLS.md, cleans up, and exits 1 when a criterion fails.
// DRILL_ONLY=1,3 runs some drills; DRILL_PORT (3410) and DRILL_POOL_MAX (10) are settable.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import pg from "pg";
import { setUpCluster, type DrillCluster } from "./drill/cluster.ts";
import { concurrentEditsDrill } from "./drill/concurrent-edits.ts";
import { actionIds } from "./drill/http.ts";
import { identicalSubmitsDrill } from "./drill/identical-submits.ts";
import { poolExhaustionDrill } from "./drill/pool-exhaustion.ts";
import { machine, resultsTable, writeDrillsDoc } from "./drill/report.ts";
import { restartDrill } from "./drill/restart-under-load.ts";
import { startDrillServer, type DrillServer } from "./drill/server.ts";
import { check, type DrillContext, type DrillResult } from "./drill/types.ts";
import { readWorld } from "./drill/world.ts";

const DRILLS: [string, string, (ctx: DrillContext) => Promise<DrillResult>][] = [
  ["1", "1. PostgreSQL restart under traffic", restartDrill],
  ["2", "2. Connection pool exhausted", poolExhaustionDrill],
  ["3", "3. 50 concurrent edits of one session", concurrentEditsDrill],
  ["4", "4. 100 identical submits", identicalSubmitsDrill],
];
const only = process.env.DRILL_ONLY?.split(",").map((s) => s.trim());
const port = Number(process.env.DRILL_PORT ?? 3410);
const poolMax = Number(process.env.DRILL_POOL_MAX ?? 10);
const log = (m: string) => console.log(`drill: ${m}`);

async function main(): Promise<number> {
  const started = performance.now();
  if (!existsSync(".next/BUILD_ID")) {
    log("no production build; running `npm run build`");
    if (spawnSync("npm", ["run", "build"], { stdio: "inherit" }).status !== 0) throw new Error("drill: build failed");
  }
  let cluster: DrillCluster | undefined;
  let server: DrillServer | undefined;
  const results: DrillResult[] = [];
  let pgVersion = "PostgreSQL ?";
  let setup: Pick<DrillCluster, "kind" | "restartHow"> | undefined;
  const cleanup = async () => {
    await server?.stop().catch(() => {});
    if (server && cluster) await dropDatabase(cluster.adminUrl, server.databaseUrl).catch(() => {});
    try {
      await cluster?.drop();
    } catch (e) {
      console.error(`drill: could not drop the cluster: ${(e as Error).message}`);
    }
  };
  const interrupted = () => void cleanup().finally(() => process.exit(130));
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    cluster = await setUpCluster();
    setup = cluster;
    log(`PostgreSQL: ${cluster.describe}`);
    server = await startDrillServer(cluster.adminUrl, port, poolMax);
    log(`server pid ${server.pid} on ${server.baseUrl}`);
    pgVersion = await postgresVersion(server.databaseUrl);
    const ctx: DrillContext = { server, cluster, world: await readWorld(server.databaseUrl), actions: actionIds(), poolMax };
    for (const [id, name, run] of DRILLS) {
      if (only && !only.includes(id)) continue;
      if (!server.alive()) {
        results.push({ drill: name, checks: [check("server running", "no: it exited earlier", "running", false)], notes: [] });
        continue;
      }
      log(`running ${name}`);
      const t = performance.now();
      try {
        results.push(await run(ctx));
      } catch (e) {
        results.push({ drill: name, checks: [check("drill ran", (e as Error).message.slice(0, 200), "no error", false)], notes: [] });
      }
      log(`${name}: ${Math.round((performance.now() - t) / 1000)} s`);
    }
    const failedAny = results.some((r) => r.checks.some((c) => !c.pass));
    if (failedAny) console.error(`drill: server log (last 40 lines):\n${server.log.slice(-40).join("\n")}`);
  } finally {
    if (server && !server.alive()) console.error(`drill: the server exited; last log lines:\n${server.log.slice(-30).join("\n")}`);
    process.removeListener("SIGINT", interrupted);
    process.removeListener("SIGTERM", interrupted);
    await cleanup();
  }
  const durationS = (performance.now() - started) / 1000;
  console.log(`\n${resultsTable(results)}\n`);
  for (const r of results) for (const n of r.notes) console.log(`- ${r.drill}: ${n}`);
  writeDrillsDoc("docs/DRILLS.md", {
    results,
    machine: machine(pgVersion),
    durationS,
    poolMax,
    restart: setup?.restartHow ?? "(no PostgreSQL set up)",
    setup: setup?.kind ?? "(no PostgreSQL set up)",
  });
  const failed = results.flatMap((r) => r.checks.filter((c) => !c.pass)).length;
  console.log(`\n${failed ? `${failed} criteria missed` : "all criteria met"}; ${Math.round(durationS)} s; written to docs/DRILLS.md`);
  return failed ? 1 : 0;
}

async function postgresVersion(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return `PostgreSQL ${(await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0].v}`;
  } finally {
    await c.end();
  }
}

async function dropDatabase(adminUrl: string, databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.end();
}

// Exit explicitly: keep-alive sockets of the HTTP client would hold the process open.
process.exit(
  await main().catch((e: unknown) => {
    console.error(e);
    return 1;
  }),
);
