// `npm run deps:check`: production dependencies must have no high or critical advisories.
// Runs `npm audit --omit=dev --json` and reads it with scripts/lib/audit-report.ts.
// Exit codes: 0 clean, 1 advisories found, 3 the advisory service did not answer (not
// checked; .ci/run prints that loudly instead of counting a pass). ACCORD_AUDIT_REGISTRY
// points npm at another registry (the tests use a local fake advisory service).
import { spawnSync } from "node:child_process";
import { readAuditReport } from "./lib/audit-report.ts";

const args = ["audit", "--omit=dev", "--json"];
if (process.env.ACCORD_AUDIT_REGISTRY) args.push(`--registry=${process.env.ACCORD_AUDIT_REGISTRY}`);
const run = spawnSync("npm", args, { encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
const outcome = readAuditReport(`${run.stdout ?? ""}`);

if (outcome.status === "unavailable") {
  console.log(`deps:check: NOT CHECKED — the npm advisory service did not answer (${outcome.reason})`);
  process.exit(3);
}
const c = outcome.counts;
const summary = `critical ${c.critical}, high ${c.high}, moderate ${c.moderate}, low ${c.low}`;
if (outcome.status === "clean") {
  console.log(`deps:check: no high or critical advisories in production dependencies (${summary})`);
  process.exit(0);
}
console.log(`deps:check: ${outcome.findings.length} production dependencies with high or critical advisories (${summary}):`);
for (const f of outcome.findings) {
  console.log(`  ${f.severity.padEnd(8)} ${f.name}: ${f.titles.join("; ") || "(via a dependency)"} ${f.urls.join(" ")}`);
}
console.log("Fix with `npm audit fix --omit=dev` or by updating the package, then commit package-lock.json.");
process.exit(1);
