import { markCompileHints } from "./compile-hints.ts";
import { runNext } from "./run-next.ts";

/** `next build`, then the compile hints on .next/static; resolves with the exit code. */
export async function buildProduction(env: NodeJS.ProcessEnv): Promise<number> {
  const code = await runNext(["build"], { NEXT_TELEMETRY_DISABLED: "1", ...env });
  if (code !== 0) return code;
  const { marked, files } = markCompileHints(".next");
  console.log(`build: compile hints on ${marked} of ${files} browser script files (the rest had them)`);
  return 0;
}
