// The JavaScript budget check over a fabricated production build (the manifests Next 16
// writes: build-manifest.json and a page's page_client-reference-manifest.js), so it is
// shown to pass a lean page and to fail, naming the page, the chunk and the client module,
// when the page starts importing a large client module.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPILE_HINT } from "./lib/compile-hints.ts";
import { checkBudgets, formatResults } from "./lib/js-budget.ts";

const ROUTE = "/events/[slug]/agenda";
let dir: string;

/** Incompressible code, so gzip sizes are about the byte counts asked for; marked with V8's
 *  compile hint as `npm run build` leaves every chunk, unless `hinted` is false. */
const chunk = (name: string, bytes: number, hinted = true) =>
  writeFileSync(
    path.join(dir, "static/chunks", name),
    `${hinted ? `${COMPILE_HINT}\n` : ""}/*${randomBytes(Math.ceil(bytes * 0.75)).toString("base64")}*/`,
  );

function writeManifest(pageChunks: string[], clientModules: Record<string, string[]>) {
  const entry = {
    clientModules: Object.fromEntries(
      Object.entries(clientModules).map(([id, chunks]) => [
        id,
        { id: 1, name: "*", chunks: chunks.map((c) => `/_next/static/chunks/${c}`), async: false },
      ]),
    ),
    entryJSFiles: {
      "[project]/app/layout": ["static/chunks/layout.js"],
      [`[project]/app${ROUTE}/page`]: ["static/chunks/layout.js", ...pageChunks.map((c) => `static/chunks/${c}`)],
    },
  };
  const file = path.join(dir, "server/app", ROUTE, "page_client-reference-manifest.js");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["${ROUTE}/page"] = ${JSON.stringify(entry)};\n`,
  );
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "accord-js-budget-"));
  mkdirSync(path.join(dir, "static/chunks"), { recursive: true });
  writeFileSync(path.join(dir, "BUILD_ID"), "test");
  writeFileSync(
    path.join(dir, "build-manifest.json"),
    JSON.stringify({ polyfillFiles: ["static/chunks/polyfill.js"], rootMainFiles: ["static/chunks/runtime.js"] }),
  );
  chunk("polyfill.js", 40_000); // nomodule: modern browsers never load it
  chunk("runtime.js", 20_000);
  chunk("layout.js", 3_000);
  chunk("reader-time.js", 1_000);
  writeManifest(["reader-time.js"], { "[project]/components/agenda/reader-time-fill-effect.tsx": ["layout.js", "reader-time.js"] });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const budget = [{ page: "agenda", route: ROUTE, maxGzipBytes: 30_000 }];

describe("the JavaScript budget check", () => {
  it("counts the shared runtime and the page's own chunks, not the nomodule polyfills, and passes a lean page", () => {
    const [result] = checkBudgets(dir, budget);
    expect(result.files.map((f) => f.file).sort()).toEqual([
      "static/chunks/layout.js",
      "static/chunks/reader-time.js",
      "static/chunks/runtime.js",
    ]);
    expect(result.totalGzipBytes).toBeGreaterThan(15_000); // runtime + layout + page chunk
    expect(result.totalGzipBytes).toBeLessThan(25_000); // the 30 KB polyfill is not counted
    expect(result.over).toBe(false);
    expect(result.unhinted).toEqual([]);
    expect(formatResults([result])[0]).toMatch(/^ok +agenda/);
  });

  it("fails a page that loads a chunk without the compile hint, naming the page and the file", () => {
    chunk("reader-time.js", 1_000, false);
    const [result] = checkBudgets(dir, budget);
    expect(result.over).toBe(false);
    expect(result.unhinted).toEqual(["static/chunks/reader-time.js"]);
    const report = formatResults([result]).join("\n");
    expect(report).toMatch(/^HINT +agenda/);
    expect(report).toContain("agenda loads 1 file(s) without the compile hint (build with `npm run build`): static/chunks/reader-time.js");
  });

  it("fails when the page imports a large client module, naming the page, the chunk and the module", () => {
    chunk("chart.js", 60_000);
    writeManifest(["reader-time.js", "chart.js"], {
      "[project]/components/agenda/reader-time-fill-effect.tsx": ["layout.js", "reader-time.js"],
      "[project]/components/agenda/session-chart.tsx <module evaluation>": ["layout.js", "chart.js"],
    });
    const [result] = checkBudgets(dir, budget);
    expect(result.over).toBe(true);
    const report = formatResults([result]).join("\n");
    expect(report).toMatch(/^OVER agenda/);
    expect(report).toContain("agenda is");
    expect(report).toMatch(/static\/chunks\/chart\.js +\d+\.\d KB +\(components\/agenda\/session-chart\.tsx\)/);
    // Largest own chunk first: the culprit leads the list.
    expect(report.indexOf("chart.js")).toBeLessThan(report.indexOf("reader-time.js"));
  });

  it("exits 1 from the command line when a page is over, 0 within budget, 2 without a build", () => {
    const budgetsFile = path.join(dir, "budgets.json");
    const run = () =>
      spawnSync(process.execPath, ["--import", "tsx", "scripts/check-js-budget.ts"], {
        env: { ...process.env, ACCORD_NEXT_DIR: dir, ACCORD_JS_BUDGETS: budgetsFile },
        encoding: "utf8",
      });
    writeFileSync(budgetsFile, JSON.stringify({ pages: budget }));
    expect(run().status).toBe(0);
    writeFileSync(budgetsFile, JSON.stringify({ pages: [{ ...budget[0], maxGzipBytes: 10_000 }] }));
    const over = run();
    expect(over.status).toBe(1);
    expect(over.stderr).toContain("JavaScript budget exceeded: agenda");
    writeFileSync(budgetsFile, JSON.stringify({ pages: budget }));
    chunk("layout.js", 3_000, false);
    const unhinted = run();
    expect(unhinted.status).toBe(1);
    expect(unhinted.stderr).toContain("Scripts without V8's compile hint: agenda");
    rmSync(path.join(dir, "BUILD_ID"));
    expect(run().status).toBe(2);
  });
});
