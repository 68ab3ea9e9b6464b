import { existsSync, readFileSync, rmSync } from "node:fs";

// Memory of the benchmark's server process: VmRSS from /proc/<pid>/status (the process
// itself; `next start` runs the server in the process it starts) and, when the server was
// started with heap-report-preload.mjs, V8's heap after a forced full GC.

export type HeapReport = { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number; gc: boolean };
export type MemorySample = { requests: number; rssKiB: number; heap: HeapReport | null };

export function readRssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
  if (!kib) throw new Error(`bench: no VmRSS for pid ${pid}`);
  return Number(kib);
}

/** The process name (e.g. "next-server (v16.4.6)"), to show which process was measured. */
export function processName(pid: number): string {
  return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
}

/** Asks the server for a heap report (SIGUSR2) and waits for the file it writes. */
export async function requestHeapReport(pid: number, dir: string, timeoutMs = 10_000): Promise<HeapReport | null> {
  const file = `${dir}/heap-${pid}.json`;
  rmSync(file, { force: true });
  process.kill(pid, "SIGUSR2");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as HeapReport;
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

export async function sampleMemory(pid: number, requests: number, heapDir: string | null): Promise<MemorySample> {
  const rssKiB = readRssKiB(pid); // before the forced GC: what the process holds under load
  const heap = heapDir ? await requestHeapReport(pid, heapDir) : null;
  return { requests, rssKiB, heap };
}
