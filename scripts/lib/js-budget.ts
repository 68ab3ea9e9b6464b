// The client JavaScript a page loads, read from a production build's own manifests (no
// browser, no second build): Next's shared runtime (build-manifest.json rootMainFiles) plus
// every chunk the page's client-reference manifest lists for its segments (root layout,
// error and not-found boundaries, the page). Sizes are gzip bytes, what `next start` sends.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { hasCompileHint } from "./compile-hints.ts";

export type PageBudget = { page: string; route: string; maxGzipBytes: number };
/** `modules`: the client components ("use client" files) whose code ends in this chunk;
 *  `hinted`: it starts with V8's compile hint (scripts/lib/compile-hints.ts). */
export type Chunk = { file: string; gzipBytes: number; shared: boolean; modules: string[]; hinted: boolean };
export type PageWeight = { page: string; route: string; files: Chunk[]; totalGzipBytes: number };
/** `unhinted`: files the page loads without the compile hint (a build not made by `npm run build`). */
export type BudgetResult = PageWeight & { maxGzipBytes: number; over: boolean; unhinted: string[] };

type RscManifest = Record<
  string,
  {
    entryJSFiles?: Record<string, string[]>;
    clientModules?: Record<string, { chunks?: string[] }>;
  }
>;

/** The manifest file for an App Router route, e.g. "/events/[slug]/agenda". */
function clientManifestPath(nextDir: string, route: string): string {
  const dir = route === "/" ? "" : route.replace(/^\//, "");
  return path.join(nextDir, "server", "app", dir, "page_client-reference-manifest.js");
}

/** page_client-reference-manifest.js assigns globalThis.__RSC_MANIFEST[...]; run it in a sandbox. */
function readClientManifest(file: string): RscManifest {
  const sandbox: { self?: unknown; globalThis?: unknown; __RSC_MANIFEST?: RscManifest } = {};
  sandbox.self = sandbox;
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(file, "utf8"), sandbox, { filename: file });
  return sandbox.__RSC_MANIFEST ?? {};
}

/** Chunk files (relative to .next/) a route loads in a modern browser, shared runtime first. */
export function pageChunkFiles(nextDir: string, route: string): { files: string[]; shared: Set<string>; modulesOf: Map<string, string[]> } {
  const build = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const shared = new Set((build.rootMainFiles ?? []).filter((f) => f.endsWith(".js")));
  const manifestFile = clientManifestPath(nextDir, route);
  if (!existsSync(manifestFile))
    throw new Error(`no client manifest for ${route} (${manifestFile}): is it an App Router page of this build?`);
  const files = new Set(shared);
  const modulesOf = new Map<string, string[]>();
  for (const entry of Object.values(readClientManifest(manifestFile))) {
    for (const chunks of Object.values(entry.entryJSFiles ?? {})) for (const f of chunks) if (f.endsWith(".js")) files.add(f);
    // A client module's chunk list is its dependencies' chunks, then its own: name the last.
    for (const [id, mod] of Object.entries(entry.clientModules ?? {})) {
      const own = mod.chunks?.at(-1)?.replace(/^\/_next\//, "");
      const name = id
        .replace(/^\[project\]\//, "")
        .replace(/ <.*>$/, "")
        .replace(/#.*$/, "");
      if (!own || name.startsWith("node_modules/next/")) continue;
      const list = modulesOf.get(own) ?? [];
      if (!list.includes(name)) list.push(name);
      modulesOf.set(own, list);
    }
  }
  return { files: [...files], shared, modulesOf };
}

const measured = new Map<string, { gzipBytes: number; hinted: boolean }>();
function measureFile(file: string): { gzipBytes: number; hinted: boolean } {
  let m = measured.get(file);
  if (m === undefined) {
    const code = readFileSync(file);
    m = { gzipBytes: gzipSync(code, { level: 9 }).length, hinted: hasCompileHint(code) };
    measured.set(file, m);
  }
  return m;
}

export function measurePage(nextDir: string, page: string, route: string): PageWeight {
  const { files, shared, modulesOf } = pageChunkFiles(nextDir, route);
  const chunks = files
    .map((file) => ({ file, ...measureFile(path.join(nextDir, file)), shared: shared.has(file), modules: modulesOf.get(file) ?? [] }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { page, route, files: chunks, totalGzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0) };
}

export function checkBudgets(nextDir: string, budgets: PageBudget[]): BudgetResult[] {
  return budgets.map((b) => {
    const weight = measurePage(nextDir, b.page, b.route);
    const unhinted = weight.files.filter((c) => !c.hinted).map((c) => c.file);
    return { ...weight, maxGzipBytes: b.maxGzipBytes, over: weight.totalGzipBytes > b.maxGzipBytes, unhinted };
  });
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One line per page; a page over budget also names its own chunks, largest first (the likely culprit). */
export function formatResults(results: BudgetResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const status = r.over ? "OVER" : r.unhinted.length ? "HINT" : "ok";
    lines.push(
      `${status.padEnd(4)} ${r.page.padEnd(9)} ${kb(r.totalGzipBytes).padStart(9)} of ${kb(r.maxGzipBytes).padStart(9)}  ${r.files.length} files  (${r.route})`,
    );
    if (r.unhinted.length)
      lines.push(
        `     ${r.page} loads ${r.unhinted.length} file(s) without the compile hint (build with \`npm run build\`): ${r.unhinted.join(", ")}`,
      );
    if (!r.over) continue;
    const own = r.files.filter((c) => !c.shared);
    lines.push(`     ${r.page} is ${kb(r.totalGzipBytes - r.maxGzipBytes)} over its budget; its own chunks, largest first:`);
    for (const c of own) lines.push(`       ${c.file}  ${kb(c.gzipBytes)}${c.modules.length ? `  (${c.modules.join(", ")})` : ""}`);
  }
  return lines;
}
