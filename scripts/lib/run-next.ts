import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

// Runs node_modules/.bin/next as a child, forwarding Ctrl-C and `kill` to it, and resolves
// with its exit code so the launcher can stop the embedded database afterwards.
const NEXT_BIN = path.resolve("node_modules/.bin/next");

export function runNext(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(NEXT_BIN, args, { stdio: "inherit", env });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const onInt = forward("SIGINT");
    const onTerm = forward("SIGTERM");
    process.on("SIGINT", onInt);
    process.on("SIGTERM", onTerm);
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
      resolve(code ?? (signal ? 128 + (signalNumber(signal) ?? 1) : 1));
    });
  });
}

function signalNumber(signal: NodeJS.Signals): number | undefined {
  return ({ SIGINT: 2, SIGTERM: 15, SIGKILL: 9 } as Partial<Record<NodeJS.Signals, number>>)[signal];
}

/** `next start` serves .next; with no production build there we build first. */
export function hasProductionBuild(): boolean {
  return existsSync(path.resolve(".next/BUILD_ID"));
}
