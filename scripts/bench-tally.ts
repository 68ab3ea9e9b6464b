// `npm run bench:tally`: issue 6's live tally board. N viewers (default 500) hold the
// Server-Sent Events stream of the demo event; K agreements (default 5, one every 3 s) are
// then written by ANOTHER process (this one: its own Prisma client, one transaction, then
// pg_notify as the app does) and we measure how long each viewer waits for a tally whose
// total went up. Target: every viewer updated within 2 s, no connection errors.
// Starts its own production server on a fresh database (needs a build); bounded in time.
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../server/db/generated/client.ts";
import { startBenchServer, type BenchServer } from "./bench/start-server.ts";
import { cpuPercent, readProcStats, type ProcStats } from "./bench/proc-stats.ts";
import { openViewers, percentile, type Viewer } from "./bench/sse-viewers.ts";
import { waitUntil as until } from "./bench/wait-until.ts";

const SLUG = "dialogue-with-shandong-2020";
const VIEWERS = Number(process.env.BENCH_VIEWERS ?? 500);
const RECORDS = Number(process.env.BENCH_RECORDS ?? 5);
const INTERVAL_MS = Number(process.env.BENCH_INTERVAL_MS ?? 3_000);
const TARGET_MS = 2_000;
const TIME_LIMIT_MS = Number(process.env.BENCH_TIME_LIMIT_MS ?? 150_000);

const started = performance.now();
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "n/a");
const mib = (kib: number) => (kib / 1024).toFixed(0);
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
let server: BenchServer | undefined;
let viewers: Viewer[] = [];

// Everything stops by itself: the whole run, server start included, has a hard limit.
const watchdog = setTimeout(async () => {
  console.error(`bench:tally: time limit of ${TIME_LIMIT_MS / 1000} s reached; stopping.`);
  viewers.forEach((v) => v.destroy());
  await server?.stop().catch(() => {});
  process.exit(2);
}, TIME_LIMIT_MS);

async function main() {
  server = await startBenchServer(Number(process.env.BENCH_PORT ?? 3291), { generateLarge: false });
  console.error(`bench:tally: server up in ${ms(performance.now() - started)} ms (pid ${server.pid})`);
  const url = `${server.baseUrl}/api/events/${SLUG}/tally/stream`;
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: server.databaseUrl, max: 2 }) });
  try {
    const event = await prisma.event.findUniqueOrThrow({
      where: { slug: SLUG },
      select: { id: true, venues: { select: { id: true }, take: 1 } },
    });
    // Warm-up: one viewer compiles the route and fills the tally cache.
    const warm = await openViewers(url, 1);
    await until(() => warm.viewers[0].arrivals.length > 0 || warm.viewers[0].ended, 30_000);
    warm.viewers[0].destroy();
    await sleep(500);
    const idle = readProcStats(server.pid);
    const clientCpu0 = process.cpuUsage();

    const connectStart = performance.now();
    const opened = await openViewers(url, VIEWERS);
    viewers = opened.viewers;
    const allIn = await until(() => viewers.every((v) => v.arrivals.length > 0 || v.ended), 30_000);
    const connectMs = performance.now() - connectStart;
    const connected = viewers.filter((v) => v.arrivals.length > 0 && !v.ended);
    const base = Math.max(...connected.map((v) => v.arrivals[0].agreements));
    await sleep(1_000);
    const holding = readProcStats(server.pid);
    const holdingAt = performance.now();

    const writes: { t0: number; writeMs: number; target: number }[] = [];
    for (let k = 1; k <= RECORDS; k += 1) {
      if (k > 1) await sleep(INTERVAL_MS);
      const t0 = performance.now();
      await prisma.$transaction(async (tx) => {
        await tx.agreement.create({
          data: {
            eventId: event.id,
            title: { en: `Bench agreement ${k}` },
            sector: "logistics",
            type: "MOU",
            venueId: event.venues[0]?.id,
            visibility: "PUBLIC",
            status: "SIGNED",
          },
          select: { id: true },
        });
      });
      // After commit, like publishTallyChange; a bare event id is a valid payload.
      await prisma.$executeRaw`SELECT pg_notify('accord_tally', ${event.id})`;
      writes.push({ t0, writeMs: performance.now() - t0, target: base + k });
    }
    const last = writes[writes.length - 1];
    await until(
      () => connected.every((v) => v.arrivals.some((a) => a.agreements >= last.target)) || performance.now() - last.t0 > 10_000,
      10_000,
    );
    const during = readProcStats(server.pid);
    const duringMs = performance.now() - holdingAt;
    const clientCpu = process.cpuUsage(clientCpu0);
    const clientCpuS = (clientCpu.user + clientCpu.system) / 1e6;

    report({ idle, holding, during, duringMs, connectMs, allIn, connected, base, writes, clientCpuS });
  } finally {
    viewers.forEach((v) => v.destroy());
    await prisma.$disconnect();
    await server.stop();
    clearTimeout(watchdog);
  }
}

type Report = {
  idle: ProcStats;
  holding: ProcStats;
  during: ProcStats;
  duringMs: number;
  connectMs: number;
  allIn: boolean;
  connected: Viewer[];
  base: number;
  writes: { t0: number; writeMs: number; target: number }[];
  clientCpuS: number;
};

function report(r: Report) {
  const failures: string[] = [];
  const errors = viewers.filter((v) => v.error);
  const lines = [
    `Viewers: ${VIEWERS} requested, ${r.connected.length} received the initial tally (total ${r.base}) in ${ms(r.connectMs)} ms, ` +
      `${errors.length} connection errors${errors.length ? ` (first: ${errors[0].error})` : ""}.`,
    "",
    "| record | write ms | viewers updated | p50 ms | p95 ms | max ms |",
    "|---|---|---|---|---|---|",
  ];
  const all: number[] = [];
  for (const [i, w] of r.writes.entries()) {
    const latencies = r.connected
      .map((v) => v.arrivals.find((a) => a.at >= w.t0 && a.agreements >= w.target))
      .filter((a) => a !== undefined)
      .map((a) => a.at - w.t0)
      .sort((a, b) => a - b);
    all.push(...latencies);
    lines.push(
      `| ${i + 1} | ${ms(w.writeMs)} | ${latencies.length}/${VIEWERS} | ${ms(percentile(latencies, 50))} | ${ms(percentile(latencies, 95))} | ${ms(latencies.at(-1) ?? NaN)} |`,
    );
    if (latencies.length < VIEWERS) failures.push(`record ${i + 1}: ${VIEWERS - latencies.length} viewers never updated`);
    if ((latencies.at(-1) ?? Infinity) > TARGET_MS)
      failures.push(`record ${i + 1}: slowest viewer ${ms(latencies.at(-1) ?? NaN)} ms (target ≤ ${TARGET_MS})`);
  }
  all.sort((a, b) => a - b);
  lines.push(
    `| all | | ${all.length}/${VIEWERS * r.writes.length} | ${ms(percentile(all, 50))} | ${ms(percentile(all, 95))} | ${ms(all.at(-1) ?? NaN)} |`,
    "",
    `Server RSS (next-server process tree, pids ${r.during.pids.join(",")}): ${mib(r.idle.rssKiB)} MiB idle after warm-up, ` +
      `${mib(r.holding.rssKiB)} MiB holding ${r.connected.length} viewers, ${mib(r.during.rssKiB)} MiB after the ${r.writes.length} updates.`,
    `Server CPU: ${cpuPercent(r.idle, r.holding, r.connectMs + 1_000).toFixed(0)}% of one core while the viewers connected, ` +
      `${cpuPercent(r.holding, r.during, r.duringMs).toFixed(0)}% over the ${(r.duringMs / 1000).toFixed(1)} s of updates.`,
    `Bench process CPU (the ${VIEWERS} clients share the machine): ${r.clientCpuS.toFixed(1)} s from connecting to the last update.`,
  );
  if (!r.allIn || r.connected.length < VIEWERS) failures.push(`${VIEWERS - r.connected.length} viewers did not get the initial tally`);
  if (errors.length) failures.push(`${errors.length} connection errors`);
  console.log(lines.join("\n"));
  console.log(
    failures.length ? `\nTargets missed:\n- ${failures.join("\n- ")}` : `\nAll targets met: every viewer updated within ${TARGET_MS} ms.`,
  );
  process.exitCode = failures.length ? 1 : 0;
}

await main();
