import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

// Badge text in Chinese, Japanese and Latin scripts, from the OFL-licensed Noto Sans SC and
// Noto Sans JP of @fontsource (npm). Those packages split each font into ~100 files by
// Unicode range (as their CSS says); a badge embeds only the files its text needs, each
// subset again by pdf-lib, so a PDF stays small. Japanese readers get the JP shapes of
// shared characters, everyone else the SC ones.

export type FontFamily = "sc" | "jp";
type Subset = { file: string; ranges: [number, number][] };

const PACKAGES: Record<FontFamily, string> = { sc: "@fontsource/noto-sans-sc", jp: "@fontsource/noto-sans-jp" };
const cache = new Map<string, Subset[]>();

function subsets(family: FontFamily, weight: 400 | 700): Subset[] {
  const key = `${family}-${weight}`;
  const hit = cache.get(key);
  if (hit) return hit;
  // From the project's node_modules, not through the bundler (the font files are data).
  const dir = path.join(process.cwd(), "node_modules", PACKAGES[family]);
  const css = readFileSync(path.join(dir, `${weight}.css`), "utf8");
  const list: Subset[] = [];
  for (const block of css.split("@font-face").slice(1)) {
    const file = /url\(\.\/(files\/[^)]+\.woff)\) format\('woff'\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(",").map((r): [number, number] => {
      const [lo, hi] = r.trim().replace(/^U\+/i, "").split("-");
      return [parseInt(lo!, 16), parseInt(hi ?? lo!, 16)];
    });
    list.push({ file: path.join(dir, file), ranges });
  }
  cache.set(key, list);
  return list;
}

export type FontRun = { text: string; file: string };

/** The text cut into runs that each one font file can draw (characters no file covers are dropped). */
export function fontRuns(text: string, family: FontFamily, weight: 400 | 700 = 400): FontRun[] {
  const list = subsets(family, weight);
  const runs: FontRun[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const found = list.find((s) => s.ranges.some(([lo, hi]) => cp >= lo && cp <= hi));
    if (!found) continue;
    const last = runs[runs.length - 1];
    if (last && last.file === found.file) last.text += ch;
    else runs.push({ text: ch, file: found.file });
  }
  return runs;
}

const bytes = new Map<string, Uint8Array>();
export function fontBytes(file: string): Uint8Array {
  let b = bytes.get(file);
  if (!b) bytes.set(file, (b = readFileSync(file)));
  return b;
}
