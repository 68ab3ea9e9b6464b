// `npm run lighthouse`: Lighthouse on every public page (home, event, agenda, session,
// tally, register, report, embed) in English, Chinese and Japanese, with the default (mobile,
// simulated slow 4G and 4× CPU slowdown) and the desktop configuration, three runs each, in
// Debian's Chromium. Builds if there is no production build, serves it on a fresh seeded
// database (scripts/e2e-server.ts), signs in where a page needs it (register: the delegate;
// report: the owner), prints every run with Lighthouse's CPU benchmark
// (environment.benchmarkIndex, so runs on different machines compare), then a table of
// medians. Exits 1 when a page misses its target on the median: mobile Performance ≥ 95 and
// TBT ≤ 200 ms, desktop Performance 100, Accessibility 100 (every run).
// LIGHTHOUSE_PAGES (all), LIGHTHOUSE_RUNS (3), LIGHTHOUSE_LOCALES (en,zh,ja),
// LIGHTHOUSE_FORM_FACTORS (mobile,desktop), LIGHTHOUSE_PORT (3619), CHROMIUM_PATH,
// LIGHTHOUSE_REPORT_DIR (unset: set it to keep each run's full JSON report there).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Config, type Flags } from "lighthouse";
import pg from "pg";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/demo-users.ts";
import { adminUrl } from "../server/testing/admin-url.ts";
import { isLocale } from "../lib/i18n/locales.ts";
import { isPublicPagePath, localizedPath } from "../lib/i18n/public-paths.ts";

const SLUG = "dialogue-with-shandong-2020";
const EVENT_ID = "demo-event-dialogue-with-shandong-2020";
type Role = "delegate" | "owner";
const PAGES: { name: string; path: string; role?: Role }[] = [
  { name: "home", path: "/" },
  { name: "event", path: `/events/${SLUG}` },
  { name: "agenda", path: `/events/${SLUG}/agenda` },
  { name: "session", path: `/events/${SLUG}/sessions/demo-session-plenary` },
  { name: "tally", path: `/events/${SLUG}/tally` },
  { name: "register", path: `/events/${SLUG}/register`, role: "delegate" },
  { name: "report", path: `/organizer/events/${EVENT_ID}/report`, role: "owner" },
  { name: "embed", path: `/embed/events/${SLUG}/agenda` },
];
const TARGET = { mobilePerformance: 95, mobileTbtMs: 200, desktopPerformance: 100, accessibility: 100 };

const REPORT_DIR = process.env.LIGHTHOUSE_REPORT_DIR;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const LOCALES = (process.env.LIGHTHOUSE_LOCALES ?? "en,zh,ja").split(",");
const ONLY = process.env.LIGHTHOUSE_PAGES?.split(",");
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3619);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const METRICS = [
  ["FCP", "first-contentful-paint"],
  ["LCP", "largest-contentful-paint"],
  ["TBT", "total-blocking-time"],
  ["CLS", "cumulative-layout-shift"],
  ["SI", "speed-index"],
] as const;
const FORM_FACTORS = ([{ name: "mobile" }, { name: "desktop", config: desktopConfig }] as { name: string; config?: Config }[]).filter((f) =>
  (process.env.LIGHTHOUSE_FORM_FACTORS ?? "mobile,desktop").split(",").includes(f.name),
);

type Run = {
  scores: Record<string, number>;
  metrics: Record<string, string>;
  tbtMs: number;
  lcpMs: number;
  benchmarkIndex: number;
  failedA11y: string[];
};

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
    if (
      await fetch(`http://127.0.0.1:${PORT}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
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

/** next-auth's credentials sign-in, as the form does it; returns the session cookie ("name=value"). */
async function sessionCookie(role: Role): Promise<string> {
  const base = `http://127.0.0.1:${PORT}`;
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar, origin: base },
    body: new URLSearchParams({ csrfToken, email: DEMO_USERS[role].email, password: DEMO_PASSWORD, callbackUrl: `${base}/`, json: "true" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`lighthouse: sign-in as ${role} failed (HTTP ${res.status})`);
  return session;
}

async function measure(url: string, cookie: string, config: Config | undefined, name: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    const flags: Flags = {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: CATEGORIES,
      extraHeaders: { Cookie: cookie },
    };
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
    return {
      scores,
      metrics,
      failedA11y,
      tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? NaN),
      lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN),
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    };
  } finally {
    chrome.kill();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const pages = PAGES.filter((p) => !ONLY || ONLY.includes(p.name));
  const started = loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");
  console.log(`lighthouse: ${new Date().toISOString()}, ${cpus().length} CPUs, load average at start ${started}`);
  const server = await startServer();
  const failures: string[] = [];
  const summary = [
    "| page | config | Performance runs (median) | TBT ms median | LCP ms median | Accessibility | Best Practices | SEO | CPU benchmark (runs) |",
    "|---|---|---|---|---|---|---|---|---|",
  ];
  try {
    const cookies = new Map<Role, string>();
    for (const role of new Set(pages.flatMap((p) => (p.role ? [p.role] : [])))) cookies.set(role, await sessionCookie(role));
    for (const page of pages) {
      for (const locale of LOCALES) {
        // Public pages carry the language in the path (no redirect measured); the rest read the cookie.
        const path = isPublicPagePath(page.path) && isLocale(locale) ? localizedPath(locale, page.path) : page.path;
        const url = `http://127.0.0.1:${PORT}${path}`;
        const cookie = [`NEXT_LOCALE=${locale}`, ...(page.role ? [cookies.get(page.role)] : [])].join("; ");
        // Warm-up: the first request renders (and fills Next's data cache).
        await fetch(url, { headers: { cookie } }).then((r) => r.body?.cancel());
        for (const { name, config } of FORM_FACTORS) {
          const runs: Run[] = [];
          for (let i = 0; i < RUNS; i++) {
            const run = await measure(url, cookie, config, `${page.name}-${locale}-${name}-${i + 1}`);
            runs.push(run);
            const scores = CATEGORIES.map((c) => `${c} ${run.scores[c]}`).join(", ");
            const metrics = METRICS.map(([m]) => `${m} ${run.metrics[m]}`).join(", ");
            console.log(
              `${page.name} ${locale} ${name} run ${i + 1}: ${scores} | ${metrics} | CPU benchmark ${run.benchmarkIndex}${run.failedA11y.length ? ` | a11y audits failed: ${run.failedA11y.join(", ")}` : ""}`,
            );
          }
          const perf = median(runs.map((r) => r.scores.performance));
          const tbt = median(runs.map((r) => r.tbtMs));
          const col = (c: string) => runs.map((r) => r.scores[c]).join("/");
          summary.push(
            `| ${page.name} | ${locale} ${name} | ${col("performance")} (${perf}) | ${tbt} | ${median(runs.map((r) => r.lcpMs))} | ${col("accessibility")} | ${col("best-practices")} | ${col("seo")} | ${runs.map((r) => r.benchmarkIndex).join("/")} |`,
          );
          const where = `${page.name} ${locale} ${name}`;
          if (name === "mobile" && perf < TARGET.mobilePerformance)
            failures.push(`${where}: median Performance ${perf} < ${TARGET.mobilePerformance}`);
          if (name === "mobile" && tbt > TARGET.mobileTbtMs) failures.push(`${where}: median TBT ${tbt} ms > ${TARGET.mobileTbtMs} ms`);
          if (name === "desktop" && perf < TARGET.desktopPerformance)
            failures.push(`${where}: median Performance ${perf} < ${TARGET.desktopPerformance}`);
          const a11y = Math.min(...runs.map((r) => r.scores.accessibility));
          if (a11y < TARGET.accessibility)
            failures.push(`${where}: Accessibility ${a11y} < 100 (${[...new Set(runs.flatMap((r) => r.failedA11y))].join(", ")})`);
        }
      }
    }
  } finally {
    await server.stop();
  }
  console.log(
    `\nLoad average at start: ${started}; at end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}.`,
  );
  console.log(`\n${summary.join("\n")}`);
  console.log(
    failures.length
      ? `\nTargets missed:\n- ${failures.join("\n- ")}`
      : "\nAll targets met (mobile Performance ≥ 95 and TBT ≤ 200 ms, desktop 100, Accessibility 100).",
  );
  process.exitCode = failures.length ? 1 : 0;
}

await main();
