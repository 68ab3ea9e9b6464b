// V8's explicit compile hints for the browser JavaScript of a production build. A first line
// `//# allFunctionsCalledOnLoad` asks Chromium (136+) to compile every function of the file
// eagerly, on a background thread while the file streams in, instead of lazily on the main
// thread the first time each function runs. Next's chunks are almost all called while a page
// starts (React, the router, Turbopack's module factories), so the lazy compiles were one long
// main-thread task at start-up: Lighthouse's mobile Total Blocking Time on the public pages
// (issue 18, docs/ACCESSIBILITY.md). Other browsers read it as a comment.
// https://v8.dev/blog/explicit-compile-hints
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

export function hasCompileHint(code: string | Buffer): boolean {
  const head = typeof code === "string" ? code.slice(0, COMPILE_HINT.length) : code.subarray(0, COMPILE_HINT.length).toString();
  return head === COMPILE_HINT;
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return jsFiles(file);
    return name.endsWith(".js") ? [file] : [];
  });
}

/** Puts the hint on the first line of every .js file under `<nextDir>/static`; idempotent. */
export function markCompileHints(nextDir: string): { marked: number; files: number } {
  const files = jsFiles(path.join(nextDir, "static"));
  let marked = 0;
  for (const file of files) {
    const code = readFileSync(file);
    if (hasCompileHint(code)) continue;
    writeFileSync(file, Buffer.concat([Buffer.from(`${COMPILE_HINT}\n`), code]));
    marked++;
  }
  return { marked, files: files.length };
}
