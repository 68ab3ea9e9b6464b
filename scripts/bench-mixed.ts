// `npm run bench -- mixed`: issue 7's mixed load. 95% reads (anonymous public pages in
// en/zh/ja, some signed-in delegate pages), 5% organizer writes through real server
// actions (edit a session, edit an agreement, record an agreement) against a production
// server on a fresh seeded database. Closed loop with a fixed number of connections up to
// BENCH_MIXED_REQUESTS requests (default 100,000) or the time budget BENCH_MIXED_BUDGET_S
// (default 330 s; 0 = none), whichever comes first, paused at checkpoints to sample the
// server's memory (RSS from /proc, V8 heap after a full GC); then a short fixed-rate run.
// Prints a markdown section for docs/BENCHMARKS.md. Needs `npm run build` first.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { describeMachine } from "./bench/machine.ts";
import { processName, sampleMemory } from "./bench/memory-sample.ts";
import { mixedPlan } from "./bench/mixed-plan.ts";
import { Recorder } from "./bench/mixed-recorder.ts";
import { errorLines, latencyTable, memoryTable, memoryVerdictLine, type SegmentSample } from "./bench/mixed-report.ts";
import { closeUsers, makeUsers, runClosedLoop, runOpenLoop, type WriteState } from "./bench/mixed-runner.ts";
import { prepareMixedWorld } from "./bench/mixed-world.ts";
import { startBenchServer, type BenchServer } from "./bench/start-server.ts";

const num = (name: string, fallback: number) => {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`bench: ${name} must be a number ≥ 0, got ${raw}`);
  return value;
};
const REQUESTS = num("BENCH_MIXED_REQUESTS", 100_000);
const CONNECTIONS = Math.max(1, num("BENCH_MIXED_CONNECTIONS", 10));
const SEED = num("BENCH_MIXED_SEED", 2020);
const WARMUP = num("BENCH_MIXED_WARMUP", 500);
const AGREEMENT_CAP = num("BENCH_MIXED_AGREEMENT_CAP", 250);
const OPEN_MS = num("BENCH_MIXED_OPEN_MS", 20_000);
const BUDGET_S = num("BENCH_MIXED_BUDGET_S", 330);
// A safety stop for a stuck run: 20 minutes for the default budget; a longer budget (or 0,
// "no budget": the full BENCH_MIXED_REQUESTS) gets room to finish instead of being cut off
// mid-run with its server stopped under the load generator.
const TIME_LIMIT_MS = num("BENCH_TIME_LIMIT_MS", BUDGET_S === 0 ? 6 * 3600_000 : Math.max(20 * 60_000, (BUDGET_S + 600) * 1000));
/** Optional: afterwards, this many distinct agenda URLs (?v=1, ?v=2, …) to show the page cache's memory bound. */
const VARIANTS = num("BENCH_MIXED_VARIANTS", 0);
const BUDGET_MS = BUDGET_S * 1000;
const CHECKPOINTS = [1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 75_000, 100_000];
const PRELOAD = path.resolve(import.meta.dirname, "bench/heap-report-preload.mjs");

export async function runMixedBench(port: number): Promise<{ markdown: string; failures: string[] }> {
  const started = performance.now();
  const heapDir = mkdtempSync(path.join(tmpdir(), "accord-bench-heap-"));
  let server: BenchServer | undefined;
  const watchdog = setTimeout(async () => {
    console.error(`bench mixed: time limit of ${TIME_LIMIT_MS / 1000} s reached; stopping.`);
    await server?.stop().catch(() => {});
    process.exit(2);
  }, TIME_LIMIT_MS);
  // Interrupted (Ctrl-C, `timeout`): do not leave the server and its database behind.
  const interrupted = async () => {
    await server?.stop().catch(() => {});
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    server = await startBenchServer(port, {
      generateLarge: false,
      env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${PRELOAD} --expose-gc`.trim(), BENCH_HEAP_DIR: heapDir },
    });
    const world = await prepareMixedWorld(server.baseUrl, server.databaseUrl);
    const plan = mixedPlan(world.targets, { seed: SEED });
    const state: WriteState = { edits: 0, created: [], resubmits: 0, agreementCap: AGREEMENT_CAP };
    const users = makeUsers(world, CONNECTIONS);
    const log = (m: string) => console.error(`bench mixed: ${m} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    log(`server pid ${server.pid} (${processName(server.pid)}), world ready`);

    const warm = new Recorder();
    await runClosedLoop({ world, users, plan, state, recorder: warm, untilRequests: WARMUP });
    const samples: SegmentSample[] = [{ ...(await sampleMemory(server.pid, 0, heapDir)), segmentRps: NaN }];
    log(`warm-up: ${warm.requests} requests, ${errorLines(warm, 0)[0]}`);

    // The measured run: one recorder over all segments; pauses for sampling are not counted.
    const main = new Recorder();
    const editsBefore = state.edits;
    let activeMs = 0;
    const points = [...CHECKPOINTS.filter((c) => c < REQUESTS), REQUESTS];
    for (const point of points) {
      const left = BUDGET_MS > 0 ? BUDGET_MS - activeMs : Infinity;
      if (left <= 0) break;
      const before = main.requests;
      const t0 = performance.now();
      main.startedAt = Date.now() - activeMs;
      await runClosedLoop({
        world,
        users,
        plan,
        state,
        recorder: main,
        untilRequests: point,
        untilMs: Number.isFinite(left) ? left : undefined,
      });
      const segmentMs = performance.now() - t0;
      activeMs += segmentMs;
      main.endedAt = main.startedAt + activeMs;
      samples.push({
        ...(await sampleMemory(server.pid, main.requests, heapDir)),
        segmentRps: ((main.requests - before) / segmentMs) * 1000,
      });
      const last = samples.at(-1)!;
      log(
        `${main.requests} requests, ${last.segmentRps.toFixed(1)} req/s, RSS ${(last.rssKiB / 1024).toFixed(0)} MiB, heap ${last.heap ? (last.heap.heapUsed / 1048576).toFixed(0) : "?"} MiB; ${errorLines(main, 0)[0]}`,
      );
    }
    const stoppedEarly = main.requests < REQUESTS;
    const edits = state.edits - editsBefore;
    const closed = main.summary();

    let openLines: string[] = [];
    const rate = num("BENCH_MIXED_RATE", Math.max(1, Math.round(closed.rps * 0.5)));
    if (OPEN_MS > 0 && rate > 0) {
      const open = new Recorder();
      const { notSent } = await runOpenLoop({ world, users, plan, state, recorder: open, rate, durationMs: OPEN_MS });
      openLines = [
        "",
        `#### Fixed rate: ${rate} req/s offered for ${OPEN_MS / 1000} s (open loop, up to ${CONNECTIONS} requests in flight)`,
        "",
        ...latencyTable(open).slice(0, 5),
        "",
        `Not sent because all ${CONNECTIONS} connections were busy: ${notSent}. ${errorLines(open, 0)[0]}`,
      ];
    }
    let variantLines: string[] = [];
    if (VARIANTS > 0) {
      const before = await sampleMemory(server.pid, main.requests, heapDir);
      const variants = new Recorder();
      let i = 0;
      const variantPlan = () => ({
        kind: "read" as const,
        name: "agenda ?v=<n>",
        role: "anon" as const,
        path: `/zh/events/${world.targets.slug}/agenda?v=${(i += 1)}`,
        locale: "zh" as const,
      });
      await runClosedLoop({ world, users, plan: variantPlan, state, recorder: variants, untilRequests: VARIANTS });
      const after = await sampleMemory(server.pid, main.requests, heapDir);
      const heap = (m: typeof before) => (m.heap ? `${(m.heap.heapUsed / 1048576).toFixed(1)} MiB heap after GC` : "heap n/a");
      variantLines = [
        "",
        `Page cache bound: ${int(variants.requests)} anonymous requests for distinct agenda URLs (\`?v=1\` … in Chinese, each a cache entry of its own) ` +
          `took the server from ${(before.rssKiB / 1024).toFixed(1)} MiB RSS, ${heap(before)} to ${(after.rssKiB / 1024).toFixed(1)} MiB RSS, ${heap(after)} ` +
          `(${errorLines(variants, 0)[0]})`,
      ];
    }
    closeUsers(users);
    const mem = memoryTable(samples);
    const machine = await describeMachine(server.databaseUrl, server.pid);
    const totalS = (performance.now() - started) / 1000;
    const markdown = [
      `### Mixed load: 95% public reads, 5% organizer writes`,
      "",
      machine,
      "",
      `Closed loop, **${CONNECTIONS} connections**, seed ${SEED}: ${int(main.requests)} requests ` +
        `in ${(activeMs / 1000).toFixed(0)} s after a ${WARMUP}-request warm-up (pauses for memory samples excluded). ` +
        (stoppedEarly
          ? `Stopped by the ${BUDGET_MS / 1000} s budget before ${int(REQUESTS)} requests; at this rate ${int(REQUESTS)} take about ` +
            `${(REQUESTS / closed.rps / 60).toFixed(0)} min (\`BENCH_MIXED_BUDGET_S=0\` runs them all). `
          : "") +
        `Writes: ${int(state.edits)} edits, ${int(state.created.length)} agreements recorded (cap ${AGREEMENT_CAP}), ${int(state.resubmits)} resubmits.`,
      "",
      ...latencyTable(main),
      "",
      ...errorLines(main, edits),
      ...openLines,
      "",
      `#### Server memory (pid ${server.pid}, \`${processName(server.pid)}\`)`,
      "",
      ...mem.lines,
      "",
      memoryVerdictLine(samples, mem.verdict, mem.basis),
      ...variantLines,
      "",
      `Whole mixed benchmark (server start, seeding and setup included): ${totalS.toFixed(0)} s.`,
    ].join("\n");
    const failures: string[] = [];
    if (main.errorCount > 0) failures.push(`mixed: ${main.errorCount} errors`);
    if (mem.verdict.growing)
      failures.push(
        `mixed: ${mem.basis} keeps growing (${(mem.verdict.projectedPer100kBytes / 1024 / 1024).toFixed(1)} MiB per 100,000 requests)`,
      );
    return { markdown, failures };
  } finally {
    clearTimeout(watchdog);
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    await server?.stop();
    rmSync(heapDir, { recursive: true, force: true });
  }
}

const int = (n: number) => n.toLocaleString("en-US");
