import { exec, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { readdirSync, writeFileSync } from "node:fs";

// The PostgreSQL the drill may restart: never the machine's shared server on 5432. By
// default a throwaway Debian cluster (pg_createcluster) on DRILL_PG_PORT (5433), trust
// auth on 127.0.0.1, dropped at the end. Elsewhere: DRILL_DATABASE_URL (a server on which
// the drill may create a database) plus DRILL_RESTART_COMMAND (a shell command that
// restarts that server).

export const CLUSTER_NAME = "accord_drill";

export type DrillCluster = {
  adminUrl: string;
  version: string;
  describe: string;
  /** Async: the drill keeps sending traffic while PostgreSQL restarts. */
  restart: () => Promise<void>;
  drop: () => void;
};

function newestInstalledVersion(): string {
  const versions = readdirSync("/usr/lib/postgresql").filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error("drill: no PostgreSQL in /usr/lib/postgresql; set DRILL_DATABASE_URL and DRILL_RESTART_COMMAND");
  return versions[0];
}

const sh = async (command: string) => void (await promisify(exec)(command, { shell: "/bin/sh" }));

export function setUpCluster(): DrillCluster {
  const url = process.env.DRILL_DATABASE_URL;
  if (url) {
    const command = process.env.DRILL_RESTART_COMMAND;
    if (!command) throw new Error("drill: DRILL_DATABASE_URL needs DRILL_RESTART_COMMAND (a shell command that restarts that server)");
    return { adminUrl: url, version: "", describe: "DRILL_DATABASE_URL", restart: () => sh(command), drop: () => {} };
  }
  const version = newestInstalledVersion();
  const port = process.env.DRILL_PG_PORT ?? "5433";
  const ctl = (...args: string[]) => execFileSync("pg_ctlcluster", [version, CLUSTER_NAME, ...args], { stdio: ["ignore", "ignore", "inherit"] });
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
      // A restart with a visible outage: stop (fast: open connections are terminated),
      // 2 s down, start. DRILL_RESTART_COMMAND overrides it.
      restart: () => sh(process.env.DRILL_RESTART_COMMAND ?? `pg_ctlcluster ${version} ${CLUSTER_NAME} stop -m fast && sleep 2 && pg_ctlcluster ${version} ${CLUSTER_NAME} start`),
      drop: () => execFileSync("pg_dropcluster", ["--stop", version, CLUSTER_NAME], { stdio: "ignore" }),
    };
  }
}
