import { readFileSync } from "node:fs";

// Memory and CPU of a server process and its children, read from /proc (Linux only):
// `next start` may run the server in a child process, so the whole tree is counted.

export type ProcStats = { rssKiB: number; cpuTicks: number; pids: number[] };
export const CLOCK_TICKS_PER_S = 100; // USER_HZ on Linux (getconf CLK_TCK)

function childrenOf(pid: number): number[] {
  try {
    const tasks = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
    return tasks ? tasks.split(/\s+/).map(Number) : [];
  } catch {
    return [];
  }
}

export function processTree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i += 1) all.push(...childrenOf(all[i]));
  return all;
}

function readOne(pid: number): { rssKiB: number; cpuTicks: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    // Fields after the ")" of the command name: utime is the 12th, stime the 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { rssKiB, cpuTicks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return { rssKiB: 0, cpuTicks: 0 };
  }
}

export function readProcStats(rootPid: number): ProcStats {
  const pids = processTree(rootPid);
  const parts = pids.map(readOne);
  return { pids, rssKiB: parts.reduce((s, p) => s + p.rssKiB, 0), cpuTicks: parts.reduce((s, p) => s + p.cpuTicks, 0) };
}

/** CPU used between two samples, in percent of one core. */
export function cpuPercent(from: ProcStats, to: ProcStats, wallMs: number): number {
  return ((to.cpuTicks - from.cpuTicks) / CLOCK_TICKS_PER_S / (wallMs / 1000)) * 100;
}
