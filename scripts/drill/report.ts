import os from "node:os";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { DrillResult } from "./types.ts";

// The results table: printed, and written to docs/DRILLS.md with the machine it ran on.

export function machine(postgresVersion: string): string {
  const cpu = os.cpus()[0]?.model?.trim() ?? "unknown CPU";
  const ram = `${Math.round(os.totalmem() / 2 ** 30)} GiB`;
  return `${cpu}, ${os.cpus().length} cores, ${ram} RAM, Node ${process.version}, ${postgresVersion}, ${os.type()} ${os.release()}`;
}

export function resultsTable(results: DrillResult[]): string {
  const lines = ["| drill | measure | value | criterion | result |", "|---|---|---|---|---|"];
  for (const r of results) {
    for (const c of r.checks) lines.push(`| ${r.drill} | ${c.name} | ${c.value} | ${c.criterion} | ${c.pass ? "pass" : "**FAIL**"} |`);
  }
  return lines.join("\n");
}

export function writeDrillsDoc(
  file: string,
  options: { results: DrillResult[]; machine: string; durationS: number; poolMax: number; restart: string; setup: string },
): void {
  const { results } = options;
  const failed = results.flatMap((r) => r.checks.filter((c) => !c.pass));
  const checks = results.flatMap((r) => r.checks).length;
  const when = new Date().toISOString().slice(0, 16).replace("T", " ");
  const summary = `- ${options.setup}: ${when} UTC, ${options.machine.split(", ").find((p) => p.startsWith("PostgreSQL")) ?? "PostgreSQL ?"}, ${Math.round(options.durationS)} s, ${checks - failed.length} of ${checks} criteria met (drills ${results.map((r) => r.drill.split(".")[0]).join(", ") || "none"})`;
  const doc = [
    "# Failure drills",
    "",
    "`npm run drill` (script: `scripts/drill.ts`, modules in `scripts/drill/`) starts its own PostgreSQL",
    "cluster, a production server on a freshly seeded database, and drives it over HTTP like real",
    "users (pages, next-auth sign-in, server actions with a same-origin `Origin`). It exits non-zero",
    "when a criterion is missed. This file is rewritten by every run.",
    "",
    `Run: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${Math.round(options.durationS)} s in total.`,
    `Machine: ${options.machine}.`,
    `App pool: ${options.poolMax} connections, 10 s acquire timeout. PostgreSQL restart: ${options.restart}.`,
    "",
    resultsTable(results),
    "",
    "## What the drills do",
    "1. Four readers (agenda, uncached: the drill server runs with `ACCORD_AGENDA_CACHE=off`; event, session, `.ics`, a signed-in organizer page) and two",
    "   writers (agreements with a new party per side, through the real server action) run for 5 s, then",
    "   PostgreSQL is stopped and started. A page already rendering when the database stops may get",
    "   the error page (HTTP 500, whose text says the service may be briefly unavailable). Everything sent",
    "   during the outage must get a clear answer: pages the 503 page; writes (server actions, which",
    '   proxy.ts lets through so the form keeps what was typed) the form\'s localized "not saved" or, if',
    '   the database went away part-way, "may not have been saved". Afterwards SQL checks that every write is whole or absent,',
    "   and a change written in SQL with `pg_notify` must reach a live tally board (LISTEN reconnected).",
    "2. The drill locks `Event` (ACCESS EXCLUSIVE) and sends twice the pool size of requests for the organizer's",
    "   event page, so every pooled connection waits on the lock; 30 more requests (en/zh/ja, anonymous and",
    "   organizer) must get the 503 page at once (or a public page from the page cache); after the lock is released pages serve again.",
    "3. 50 saves of one session from the same version at once, then 50 edits by 5 editors who reload",
    '   and retry on "changed by someone else".',
    "4. 100 identical agreement submits (one idempotency key) and 100 identical registrations of a new",
    "   delegate, all at once (the demo event, which ended in 2020, is moved a year ahead in the drill's database first).",
    "",
    "## Notes",
    ...results.flatMap((r) => r.notes.map((n) => `- ${r.drill}: ${n}`)),
    "",
    failed.length ? `**${failed.length} criteria missed.**` : "All criteria met.",
    "",
    RUNS_HEADING,
    "",
    "The last run on each PostgreSQL setup (kept when a run on another setup rewrites the file above).",
    "",
    ...keptRuns(file, options.setup),
    summary,
    "",
  ].join("\n");
  writeFileSync(file, doc);
}

const RUNS_HEADING = "## Last run per PostgreSQL setup";

/** The previous file's run lines for the other setups. */
function keptRuns(file: string, setup: string): string[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, "utf8");
  const at = text.indexOf(RUNS_HEADING);
  if (at < 0) return [];
  return text
    .slice(at)
    .split("\n")
    .filter((line) => line.startsWith("- ") && !line.startsWith(`- ${setup}: `));
}
