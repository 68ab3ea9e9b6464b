// `npm test`: every suite, against a real PostgreSQL, ending with one "N passed, N failed"
// line. Unit and integration tests (vitest) first, then a production build and the
// Playwright end-to-end tests in Chromium. Each suite makes its own fresh databases.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import pg from "pg";
import { adminUrl } from "../server/testing/admin-url.ts";
import { ensureTestServer } from "../server/testing/test-server.ts";
import { buildProduction } from "./lib/build-production.ts";
import { countPlaywright, countVitest, type Counts } from "./lib/test-counts.ts";

// Playwright's server (scripts/e2e-server.ts) seeds this database; it is dropped afterwards.
const e2eDatabase = `accord_e2e_${Date.now().toString(36)}`;
// `npm test -- unit` or `npm test -- e2e` runs one suite; further arguments go to that suite's
// runner: `npm test -- e2e e2e/password-reset.spec.ts e2e/sign-up.spec.ts` (Playwright),
// `npm test -- unit server/delegations` (vitest).
const only = process.argv[2];
if (only !== undefined && only !== "unit" && only !== "e2e") {
  console.error(
    `npm test: unknown suite "${only}"; use \`npm test\`, \`npm test -- unit [vitest args]\` or \`npm test -- e2e [playwright args]\`.`,
  );
  process.exit(2);
}
const passThrough = process.argv.slice(3);

// The server: configured, answering on 127.0.0.1:5432, or an embedded one for this run
// (stopped at the end, on failure and on SIGINT/SIGTERM; its watchdog also stops it if
// this process is killed outright).
const server = await ensureTestServer((m) => console.log(m)).catch((err: Error) => {
  console.error(`Tests need a PostgreSQL server and none could be started: ${err.message}`);
  process.exit(1);
});
console.log(`Tests use PostgreSQL at ${server.label}.`);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ACCORD_E2E_DB: e2eDatabase, TEST_DATABASE_URL: server.url };

let current: ReturnType<typeof spawn> | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping`);
    current?.kill(signal);
    void server.stop().finally(() => process.exit(130));
  });
}

function run(cmd: string, args: string[]): Promise<number> {
  console.log(`\n$ ${cmd} ${args.join(" ")}`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env });
    current = child;
    child.on("error", () => resolve(1));
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function checkPostgres() {
  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.end();
  } catch (err) {
    console.error(
      `Tests need a PostgreSQL server; none answered at ${server.label} (${(err as Error).message}).\n` +
        "Set TEST_DATABASE_URL (or DATABASE_URL) to a server where this user may create databases, " +
        "or unset them to let the tests start an embedded PostgreSQL.",
    );
    await server.stop();
    process.exit(1);
  }
}

/** A program from a Debian package the tests use, installed with apt-get when missing and running as root. */
async function ensureDebianTool(path: string, pkg: string, why: string): Promise<boolean> {
  if (existsSync(path)) return true;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log(`${path} is missing; installing Debian's ${pkg} package for ${why}.`);
    await run("apt-get", ["update", "-qq"]);
    await run("apt-get", ["install", "-y", "-qq", pkg]);
    if (existsSync(path)) return true;
  }
  console.error(`${why} need ${path}: \`sudo apt-get install ${pkg}\`.`);
  return false;
}

const ensureChromium = () => ensureDebianTool(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", "chromium", "End-to-end tests");

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
  // The badge test rasterizes PDF pages with poppler (server/badges/badge-render.test.ts); it fails clearly without it.
  await ensureDebianTool(process.env.PDFTOPPM_PATH ?? "/usr/bin/pdftoppm", "poppler-utils", "The badge rendering tests");
  const code = await run("node_modules/.bin/vitest", [
    "run",
    "--reporter=default",
    "--reporter=json",
    "--outputFile=test-results/unit.json",
    ...passThrough,
  ]);
  const counts = existsSync("test-results/unit.json") ? countVitest(readFileSync("test-results/unit.json", "utf8")) : null;
  add(counts ?? { passed: 0, failed: 1, skipped: 0 });
  if (code !== 0 && counts && counts.failed === 0) totals.failed += 1; // the runner itself failed
}

if (only !== "unit") {
  rmSync("test-results/e2e.json", { force: true });
  if (!(await ensureChromium())) totals.failed += 1;
  else if ((await buildProduction(process.env)) !== 0) {
    console.error("next build failed; end-to-end tests not run.");
    totals.failed += 1;
  } else {
    const code = await run("node_modules/.bin/playwright", ["test", ...passThrough]);
    await dropDatabase(e2eDatabase);
    const counts = existsSync("test-results/e2e.json") ? countPlaywright(readFileSync("test-results/e2e.json", "utf8")) : null;
    add(counts ?? { passed: 0, failed: 1, skipped: 0 });
    if (code !== 0 && counts && counts.failed === 0) totals.failed += 1;
  }
}

await server.stop();
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(totals.failed > 0 ? 1 : 0);
