import { readFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";

// One line describing where the figures came from, printed with them: CPU, cores, RAM,
// Node, PostgreSQL, which cores the server and the load generator were allowed to use,
// and the load average (other work on the machine shows up there).

const read = (file: string) => {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
};

/** Cpus_allowed_list of a process ("0-1", "1"), i.e. what taskset left it. */
export function allowedCpus(pid: number | "self"): string {
  return /^Cpus_allowed_list:\s*(\S+)/m.exec(read(`/proc/${pid}/status`))?.[1] ?? "?";
}

export async function describeMachine(databaseUrl: string, serverPid: number): Promise<string> {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(read("/proc/cpuinfo"))?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown CPU";
  const client = new pg.Client({ connectionString: databaseUrl });
  let postgres = "unknown";
  try {
    await client.connect();
    postgres = String((await client.query("SHOW server_version")).rows[0].server_version);
  } finally {
    await client.end().catch(() => {});
  }
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");
  return (
    `Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Linux ${os.release()}; ` +
    `Node ${process.version}; PostgreSQL ${postgres} on the same machine. Cores allowed: server ${allowedCpus(serverPid)}, ` +
    `load generator ${allowedCpus("self")}. Load average (1/5/15 min) when the run ended: ${load}.`
  );
}
