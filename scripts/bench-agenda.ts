// `npm run bench [-- agenda|mixed]`: both scenarios by default.
// agenda: latency and throughput of the public agenda, cached vs uncached, and SQL
// statements per uncached build, on the demo event and a generated 300-session event.
// mixed: 95% public reads / 5% organizer writes and the server's memory (bench-mixed.ts).
// Each starts its own production server on a fresh database (needs `npm run build` first);
// the agenda scenario can instead measure BENCH_URL (a server started with ACCORD_BENCH=1
// BENCH_BYPASS_CACHE=1).
import { runMixedBench } from "./bench-mixed.ts";
import { fetchHeaders, runLoad, type LoadResult } from "./bench/load.ts";
import { LARGE_SLUG, startBenchServer } from "./bench/start-server.ts";

const DEMO_SLUG = "dialogue-with-shandong-2020";
const DURATION = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "n/a");
const row = (name: string, r: LoadResult) =>
  `| ${name} | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.requests} | ${r.errors} |`;

async function main() {
  const scenario = process.argv[2] ?? "all";
  if (!["all", "agenda", "mixed"].includes(scenario)) throw new Error(`bench: unknown scenario "${scenario}" (agenda, mixed, or none for both)`);
  const port = Number(process.env.BENCH_PORT ?? 3290);
  const lines: string[] = [];
  const failures: string[] = [];
  if (scenario !== "mixed") await agendaBench(port, lines, failures);
  if (scenario !== "agenda") {
    if (process.env.BENCH_URL) console.error("bench: the mixed scenario starts its own server (it reads its memory); BENCH_URL is ignored for it.");
    const mixed = await runMixedBench(port);
    lines.push(mixed.markdown);
    failures.push(...mixed.failures);
  }
  console.log(lines.join("\n"));
  console.log(failures.length ? `\nTargets missed:\n- ${failures.join("\n- ")}` : "\nAll targets met.");
  process.exitCode = failures.length ? 1 : 0;
}

async function agendaBench(port: number, lines: string[], failures: string[]) {
  const external = process.env.BENCH_URL;
  const server = external ? { baseUrl: external.replace(/\/$/, ""), stop: async () => {} } : await startBenchServer(port);
  try {
    for (const slug of [DEMO_SLUG, LARGE_SLUG]) {
      const page = `${server.baseUrl}/events/${slug}/agenda?tz=Europe%2FBerlin`;
      const embed = `${server.baseUrl}/embed/events/${slug}/agenda`;
      const q = await fetchHeaders(`${embed}?nocache=1`);
      const queries = q["x-accord-queries"] ?? "n/a (server not in bench mode)";
      await runLoad({ url: page, durationMs: 2_000, connections: 4 }); // warm-up: compile caches, fill agenda cache
      const cachedRate = await runLoad({ url: page, durationMs: DURATION, rate: RATE, connections: CONNECTIONS });
      const cachedMax = await runLoad({ url: page, durationMs: DURATION, connections: CONNECTIONS });
      const uncachedMax = await runLoad({ url: `${page}&nocache=1`, durationMs: DURATION, connections: CONNECTIONS });
      const embedCached = await runLoad({ url: embed, durationMs: DURATION, connections: CONNECTIONS });
      const embedUncached = await runLoad({ url: `${embed}?nocache=1`, durationMs: DURATION, connections: CONNECTIONS });
      lines.push(
        `### ${slug}`, "", `SQL statements per uncached agenda build: **${queries}**`, "",
        "| run | req/s | p50 ms | p95 ms | p99 ms | requests | errors |", "|---|---|---|---|---|---|---|",
        row(`agenda page, cached, fixed ${RATE} req/s`, cachedRate), row(`agenda page, cached, max (${CONNECTIONS} conns)`, cachedMax),
        row(`agenda page, uncached, max (${CONNECTIONS} conns)`, uncachedMax), row(`embed, cached, max`, embedCached), row(`embed, uncached, max`, embedUncached),
        "", `Cached/uncached throughput (page): **${(cachedMax.rps / uncachedMax.rps).toFixed(1)}×**`, "",
      );
      // The latency target is the demo event's (issue 4); the 300-session event checks that
      // queries do not grow with sessions, and its latency is reported for information.
      if (slug === DEMO_SLUG && !(cachedRate.p95 < 50)) failures.push(`${slug}: cached p95 ${ms(cachedRate.p95)} ms at ${RATE} req/s (target < 50)`);
      if (!(cachedMax.rps >= 5 * uncachedMax.rps)) failures.push(`${slug}: cached only ${(cachedMax.rps / uncachedMax.rps).toFixed(1)}× uncached (target ≥ 5×)`);
    }
  } finally {
    await server.stop();
  }
}

await main();
