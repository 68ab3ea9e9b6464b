import { markCompileHints } from "./compile-hints.ts";
import { runNext } from "./run-next.ts";

/** `next build`, then the compile hints on .next/static; resolves with the exit code. */
export async function buildProduction(env: NodeJS.ProcessEnv): Promise<number> {
  const code = await runNext(["build"], { NEXT_TELEMETRY_DISABLED: "1", ...env });
  if (code !== 0) return code;
  const { marked, files } = markCompileHints(".next");
  console.log(`build: V8 compile hints on all ${files} browser script files (${marked} marked now)`);
  return 0;
}
