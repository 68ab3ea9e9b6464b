import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

/**
 * `doc` with whatever stands between its two `marker` lines replaced by `section`, so a
 * benchmark can rewrite its own table in a document people also write in. A document without
 * the markers gets them, placed by `place` (given the document and the marked block).
 */
export function replaceMarkedSection(doc: string, marker: string, section: string, place: (doc: string, block: string) => string): string {
  const block = `${marker}\n${section}${marker}`;
  const first = doc.indexOf(marker);
  const second = first < 0 ? -1 : doc.indexOf(marker, first + marker.length);
  if (second < 0) return place(doc, block);
  return `${doc.slice(0, first)}${block}${doc.slice(second + marker.length)}`;
}

/** replaceMarkedSection on a Markdown file, then Prettier on it (`.ci/run` checks every Markdown file's format). */
export function writeMarkedSection(file: string, marker: string, section: string, place: (doc: string, block: string) => string): void {
  writeFileSync(file, replaceMarkedSection(readFileSync(file, "utf8"), marker, section, place));
  spawnSync("npx", ["prettier", "--write", file], { stdio: "ignore" });
}
