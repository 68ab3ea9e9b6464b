// Finds the English sentences the server sends to forms, straight from the source, so a test
// can check each one has a translation (server-messages.test.ts). Heuristic by design: it
// reads the shapes this codebase uses for user-facing messages.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const STRING = String.raw`("(?:[^"\\\n]|\\.)*"|\`(?:[^\`\\]|\\.)*\`)`;
const SHAPES = [
  new RegExp(String.raw`\b(?:message|error|reason):\s*${STRING}`, "g"),
  new RegExp(String.raw`\bfieldError\(\s*[^,()]+,\s*${STRING}`, "g"),
  new RegExp(String.raw`\badd\(\s*[^,()]+,\s*${STRING}`, "g"),
  new RegExp(String.raw`\bsuper\(\s*${STRING}`, "g"),
  new RegExp(String.raw`\bfieldErrors:\s*\{\s*\w+:\s*\[\s*${STRING}`, "g"),
  new RegExp(String.raw`\bconst [A-Z_]+ = ${STRING}`, "g"),
  new RegExp(String.raw`^\s+\w+:\s*${STRING},?$`, "gm"),
];

export type Literal = { file: string; text: string };

function walk(dir: string, out: string[]) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!["generated", "testing", "authorization-matrix", "messages", "node_modules"].includes(name)) walk(full, out);
    } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(full);
  }
}

/** `${expr}` placeholders become "{}" so a literal reads like a catalogue template. */
function normalise(raw: string): string {
  const body = raw.slice(1, -1);
  return (raw.startsWith("`") ? body.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, "{}") : body).replace(/\\(["'`\\])/g, "$1");
}

/** Sentences (start with a capital letter, contain a space or end with a full stop). */
export function findMessageLiterals(root: string, dirs: string[], onlyFiles?: RegExp): Literal[] {
  const files: string[] = [];
  for (const d of dirs) walk(path.join(root, d), files);
  const found: Literal[] = [];
  for (const file of files) {
    const rel = path.relative(root, file);
    if (onlyFiles && !onlyFiles.test(rel)) continue;
    const source = readFileSync(file, "utf8");
    for (const shape of SHAPES) {
      for (const m of source.matchAll(shape)) {
        const text = normalise(m[1]);
        if (/^[A-Z{]/.test(text) && /[a-z]/.test(text) && (text.includes(" ") || text.endsWith("."))) found.push({ file: rel, text });
      }
    }
  }
  return found;
}
