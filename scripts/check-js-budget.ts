// `npm run budget:js`: the client JavaScript of each public page, measured from the
// production build in .next (built by `npm test` or `npm run build`; this script never
// builds), against the budgets in scripts/js-budgets.json. Exit 0 within budget, 1 when a
// page is over (naming the page and its chunks) or loads a chunk without V8's compile hint
// (scripts/lib/compile-hints.ts; naming the page and the file), 2 when there is no build.
// --list prints every page's files, shared runtime included. ACCORD_NEXT_DIR and
// ACCORD_JS_BUDGETS point it at another build and budget file (scripts/js-budget.test.ts).
import { existsSync, readFileSync } from "node:fs";
import { checkBudgets, formatResults, kb, type PageBudget } from "./lib/js-budget.ts";

const nextDir = process.env.ACCORD_NEXT_DIR ?? ".next";
if (!existsSync(`${nextDir}/BUILD_ID`)) {
  console.error(`budget:js: no production build in ${nextDir}; run \`npm run build\` first.`);
  process.exit(2);
}
const budgetsFile = process.env.ACCORD_JS_BUDGETS ?? new URL("./js-budgets.json", import.meta.url);
const { pages } = JSON.parse(readFileSync(budgetsFile, "utf8")) as { pages: PageBudget[] };
const results = checkBudgets(nextDir, pages);
console.log("Client JavaScript per page (gzip), against scripts/js-budgets.json:");
for (const line of formatResults(results)) console.log(line);
if (process.argv.includes("--list")) {
  for (const r of results) {
    console.log(`\n${r.page} (${r.route}): ${kb(r.totalGzipBytes)}`);
    for (const c of r.files)
      console.log(
        `  ${c.shared ? "shared" : "page  "} ${c.file}  ${kb(c.gzipBytes)}${c.modules.length ? `  ${c.modules.join(", ")}` : ""}`,
      );
  }
}
const over = results.filter((r) => r.over);
if (over.length) console.error(`\nJavaScript budget exceeded: ${over.map((r) => r.page).join(", ")}.`);
const unhinted = results.filter((r) => r.unhinted.length);
if (unhinted.length) console.error(`\nScripts without V8's compile hint: ${unhinted.map((r) => r.page).join(", ")}.`);
process.exit(over.length || unhinted.length ? 1 : 0);
