// `npm test`: every suite, against a real PostgreSQL, ending with one "N passed, N failed"
// line. Unit and integration tests (vitest) first, then a production build and the
// Playwright end-to-end tests in Chromium. Each suite makes its own fresh databases.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import pg from "pg";
import { adminUrl } from "../server/testing/admin-url.ts";
import { countPlaywright, countVitest, type Counts } from "./lib/test-counts.ts";

// Playwright's server (scripts/e2e-server.ts) seeds this database; it is dropped afterwards.
const e2eDatabase = `accord_e2e_${Date.now().toString(36)}`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ACCORD_E2E_DB: e2eDatabase };
const only = process.argv[2]; // "unit" or "e2e" to run one suite

function run(cmd: string, args: string[]): number {
  console.log(`\n$ ${cmd} ${args.join(" ")}`);
  return spawnSync(cmd, args, { stdio: "inherit", env }).status ?? 1;
}

async function checkPostgres() {
  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.end();
  } catch (err) {
    console.error(
      `Tests need a PostgreSQL server; none answered at ${new URL(adminUrl()).host} (${(err as Error).message}).\n` +
        "Set TEST_DATABASE_URL (or DATABASE_URL) to a server where this user may create databases, " +
        "or run `bash .ci/run`, which installs and starts one.",
    );
    process.exit(1);
  }
}

function ensureChromium(): boolean {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(path)) return true;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("Chromium is missing; installing Debian's chromium package for the end-to-end tests.");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"]);
    if (existsSync(path)) return true;
  }
  console.error(`End-to-end tests need Chromium at ${path}: \`sudo apt-get install chromium\` or set CHROMIUM_PATH.`);
  return false;
}

async function dropDatabase(name: string) {
  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } catch (err) {
    console.error(`Could not drop the end-to-end database ${name}: ${(err as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

await checkPostgres();
mkdirSync("test-results", { recursive: true });
const totals: Counts = { passed: 0, failed: 0, skipped: 0 };
const add = (c: Counts) => {
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
};

if (only !== "e2e") {
  rmSync("test-results/unit.json", { force: true });
  const code = run("node_modules/.bin/vitest", ["run", "--reporter=default", "--reporter=json", "--outputFile=test-results/unit.json"]);
  const counts = existsSync("test-results/unit.json") ? countVitest(readFileSync("test-results/unit.json", "utf8")) : null;
  add(counts ?? { passed: 0, failed: 1, skipped: 0 });
  if (code !== 0 && counts && counts.failed === 0) totals.failed += 1; // the runner itself failed
}

if (only !== "unit") {
  rmSync("test-results/e2e.json", { force: true });
  if (!ensureChromium()) totals.failed += 1;
  else if (run("node_modules/.bin/next", ["build"]) !== 0) {
    console.error("next build failed; end-to-end tests not run.");
    totals.failed += 1;
  } else {
    const code = run("node_modules/.bin/playwright", ["test"]);
    await dropDatabase(e2eDatabase);
    const counts = existsSync("test-results/e2e.json") ? countPlaywright(readFileSync("test-results/e2e.json", "utf8")) : null;
    add(counts ?? { passed: 0, failed: 1, skipped: 0 });
    if (code !== 0 && counts && counts.failed === 0) totals.failed += 1;
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(totals.failed > 0 ? 1 : 0);
