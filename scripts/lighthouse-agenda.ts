// `npm run lighthouse`: Lighthouse on the public agenda as an anonymous first-time reader, in
// English, Chinese and Japanese, with the default (mobile, simulated slow 4G and 4× CPU
// slowdown) and the desktop configuration, in Debian's Chromium. Builds if there is no
// production build, serves it on a fresh seeded database (scripts/e2e-server.ts), prints
// the scores and key metrics per run, and fails when a configuration's median Performance
// is below 90 or any run's Accessibility is below 100.
// LIGHTHOUSE_RUNS (3), LIGHTHOUSE_LOCALES (en,zh,ja), LIGHTHOUSE_FORM_FACTORS (mobile,desktop),
// LIGHTHOUSE_PORT (3619), CHROMIUM_PATH,
// LIGHTHOUSE_REPORT_DIR (unset: set it to keep each run's full JSON report there).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Config, type Flags } from "lighthouse";
import pg from "pg";
import { adminUrl } from "../server/testing/admin-url.ts";

const SLUG = "dialogue-with-shandong-2020";
const REPORT_DIR = process.env.LIGHTHOUSE_REPORT_DIR;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const LOCALES = (process.env.LIGHTHOUSE_LOCALES ?? "en,zh,ja").split(",");
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3619);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const METRICS = [
  ["FCP", "first-contentful-paint"], ["LCP", "largest-contentful-paint"], ["TBT", "total-blocking-time"],
  ["CLS", "cumulative-layout-shift"], ["SI", "speed-index"],
] as const;
const FORM_FACTORS = ([{ name: "mobile" }, { name: "desktop", config: desktopConfig }] as { name: string; config?: Config }[])
  .filter((f) => (process.env.LIGHTHOUSE_FORM_FACTORS ?? "mobile,desktop").split(",").includes(f.name));

type Run = { scores: Record<string, number>; metrics: Record<string, string>; failedA11y: string[] };

async function startServer(): Promise<{ stop: () => Promise<void> }> {
  if (!existsSync(".next/BUILD_ID")) {
    console.log("lighthouse: no production build, building (npm run build) ...");
    if (spawnSync("npm", ["run", "build"], { stdio: "inherit" }).status !== 0) throw new Error("build failed");
  }
  const db = `accord_lighthouse_${Date.now().toString(36)}`;
  const child: ChildProcess = spawn("node", ["--import", "tsx", "scripts/e2e-server.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, E2E_PORT: String(PORT), ACCORD_E2E_DB: db },
  });
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error("lighthouse: the server exited early");
    if (await fetch(`http://127.0.0.1:${PORT}/api/health`).then((r) => r.ok, () => false)) break;
    if (i > 240) throw new Error("lighthouse: the server did not become healthy in 120 s");
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((r) => child.once("exit", r));
      }
      const admin = new pg.Client({ connectionString: adminUrl() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function measure(url: string, locale: string, config: Config | undefined, name: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    const flags: Flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES, extraHeaders: { Cookie: `NEXT_LOCALE=${locale}` } };
    const result = await lighthouse(url, flags, config);
    if (!result) throw new Error("lighthouse returned no result");
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    if (REPORT_DIR) {
      mkdirSync(REPORT_DIR, { recursive: true });
      writeFileSync(`${REPORT_DIR}/${name}.json`, JSON.stringify(lhr));
    }
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    const metrics = Object.fromEntries(METRICS.map(([name, id]) => [name, lhr.audits[id]?.displayValue ?? "n/a"]));
    const failedA11y = (lhr.categories.accessibility?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score !== 1)
      .map((ref) => ref.id);
    return { scores, metrics, failedA11y };
  } finally {
    chrome.kill();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const server = await startServer();
  const failures: string[] = [];
  const summary: string[] = ["| config | runs: Performance | Accessibility | Best Practices | SEO |", "|---|---|---|---|---|"];
  try {
    for (const locale of LOCALES) {
      const url = `http://127.0.0.1:${PORT}/events/${SLUG}/agenda`;
      // Warm-up: the first request renders and fills the server's page cache for this language.
      await fetch(url, { headers: { cookie: `NEXT_LOCALE=${locale}` } });
      for (const { name, config } of FORM_FACTORS) {
        const runs: Run[] = [];
        for (let i = 0; i < RUNS; i++) {
          const run = await measure(url, locale, config, `agenda-${locale}-${name}-${i + 1}`);
          runs.push(run);
          const scores = CATEGORIES.map((c) => `${c} ${run.scores[c]}`).join(", ");
          const metrics = METRICS.map(([m]) => `${m} ${run.metrics[m]}`).join(", ");
          console.log(`${locale} ${name} run ${i + 1}: ${scores} | ${metrics}${run.failedA11y.length ? ` | a11y audits failed: ${run.failedA11y.join(", ")}` : ""}`);
        }
        const perf = runs.map((r) => r.scores.performance);
        const col = (c: string) => runs.map((r) => r.scores[c]).join("/");
        summary.push(`| ${locale} ${name} | ${col("performance")} (median ${median(perf)}) | ${col("accessibility")} | ${col("best-practices")} | ${col("seo")} |`);
        if (median(perf) < 90) failures.push(`${locale} ${name}: median Performance ${median(perf)} < 90`);
        const a11y = Math.min(...runs.map((r) => r.scores.accessibility));
        if (a11y < 100) failures.push(`${locale} ${name}: Accessibility ${a11y} < 100 (${[...new Set(runs.flatMap((r) => r.failedA11y))].join(", ")})`);
      }
    }
  } finally {
    await server.stop();
  }
  console.log(`\n${summary.join("\n")}`);
  console.log(failures.length ? `\nTargets missed:\n- ${failures.join("\n- ")}` : "\nAll targets met (Performance ≥ 90, Accessibility 100).");
  process.exitCode = failures.length ? 1 : 0;
}

await main();
