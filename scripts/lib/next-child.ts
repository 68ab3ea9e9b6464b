// A `next start` child process as the bench and the drill run it: wait until it answers
// /api/health, and stop it (SIGTERM, SIGKILL after 5 s: open streams may hold it).
import type { ChildProcess } from "node:child_process";

export async function waitUntilHealthy(child: ChildProcess, baseUrl: string, name: string, tail: () => string = () => ""): Promise<void> {
  for (let i = 0; ; i += 1) {
    if (child.exitCode !== null) throw new Error(`${name}: next start exited early${tail() ? `:\n${tail()}` : ""}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    if (i > 120) throw new Error(`${name}: server did not become healthy in 60 s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await new Promise((r) => child.once("exit", r));
  clearTimeout(force);
}
