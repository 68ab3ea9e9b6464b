import type { MemorySample } from "./memory-sample.ts";
import type { Recorder } from "./mixed-recorder.ts";
import { memoryTrend, type TrendVerdict } from "./memory-trend.ts";
import { summarize, type LatencySummary } from "./stats.ts";

// Markdown for docs/BENCHMARKS.md, printed ready to paste.

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "n/a");
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const int = (n: number) => n.toLocaleString("en-US");

const latencyRow = (label: string, s: LatencySummary, rps: string) =>
  `| ${label} | ${int(s.count)} | ${rps} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} |`;

export function latencyTable(recorder: Recorder): string[] {
  const s = recorder.summary();
  const share = (n: number) => (s.durationMs > 0 ? ((n / s.durationMs) * 1000).toFixed(1) : "n/a");
  const lines = [
    "| requests | count | req/s | p50 ms | p95 ms | p99 ms | max ms |",
    "|---|---|---|---|---|---|---|",
    latencyRow("**all**", s.overall, `**${share(s.overall.count)}**`),
    latencyRow("reads", s.reads, share(s.reads.count)),
    latencyRow("writes (server actions)", s.writes, share(s.writes.count)),
  ];
  const names = [...recorder.byName].sort(([, a], [, b]) => (a.kind === b.kind ? b.ms.length - a.ms.length : a.kind === "read" ? -1 : 1));
  for (const [name, entry] of names)
    lines.push(latencyRow(`${entry.kind === "read" ? "· read" : "· write"}: ${name}`, summarize(entry.ms), share(entry.ms.length)));
  return lines;
}

export function errorLines(recorder: Recorder, edits: number): string[] {
  const errors = [...recorder.errors].sort((a, b) => b[1] - a[1]);
  return [
    `Errors: **${int(recorder.errorCount)}**${errors.length ? ` — ${errors.map(([k, n]) => `${k}: ${int(n)}`).join("; ")}` : " (no HTTP status ≥ 400, no network error, no refused action)"}.`,
    `Version conflicts (answered "changed by someone else", counted apart from errors): **${int(recorder.conflicts)}** of ${int(edits)} edits. ` +
      `Scheduling warnings shown and then accepted with "Save anyway" (one extra write each): ${int(recorder.warnings)}.`,
    `Rendered-page cache (anonymous agenda reads; every session edit clears it): ${int(recorder.pageCache.hits)} hits of ${int(recorder.pageCache.lookups)} ` +
      `(${recorder.pageCache.lookups ? ((100 * recorder.pageCache.hits) / recorder.pageCache.lookups).toFixed(0) : "n/a"}%).`,
  ];
}

export type SegmentSample = MemorySample & { segmentRps: number };

/** The trend starts once caches are warm: at 10,000 requests, or a quarter into a shorter run. */
export function trendStart(finalRequests: number): number {
  return Math.max(1_000, Math.min(10_000, Math.round(finalRequests / 4)));
}

export function memoryTable(samples: SegmentSample[]): { lines: string[]; verdict: TrendVerdict; basis: string } {
  const lines = [
    "| after requests | RSS MiB | heap used MiB (after full GC) | heap total MiB | external MiB | req/s in the stretch before |",
    "|---|---|---|---|---|---|",
  ];
  for (const s of samples) {
    const h = s.heap;
    lines.push(
      `| ${s.requests === 0 ? "0 (after warm-up)" : int(s.requests)} | ${(s.rssKiB / 1024).toFixed(1)} | ${h ? mib(h.heapUsed) : "n/a"} | ${h ? mib(h.heapTotal) : "n/a"} | ${h ? mib(h.external) : "n/a"} | ${Number.isFinite(s.segmentRps) ? s.segmentRps.toFixed(1) : "—"} |`,
    );
  }
  const withHeap = samples.every((s) => s.heap);
  const basis = withHeap ? "heap used after a full GC" : "RSS";
  const verdict = memoryTrend(
    samples.map((s) => ({ requests: s.requests, bytes: withHeap ? s.heap!.heapUsed : s.rssKiB * 1024 })),
    { fromRequests: trendStart(samples[samples.length - 1].requests) },
  );
  return { lines, verdict, basis };
}

export function memoryVerdictLine(samples: SegmentSample[], verdict: TrendVerdict, basis: string): string {
  const first = samples.find((s) => s.requests >= 1_000) ?? samples[0];
  const last = samples[samples.length - 1];
  const rssDelta = (last.rssKiB - first.rssKiB) / 1024;
  const heapDelta =
    first.heap && last.heap
      ? ` heap used after GC ${mib(first.heap.heapUsed)} → ${mib(last.heap.heapUsed)} MiB (${(last.heap.heapUsed - first.heap.heapUsed >= 0 ? "+" : "") + mib(last.heap.heapUsed - first.heap.heapUsed)} MiB);`
      : "";
  return (
    `From ${int(first.requests)} to ${int(last.requests)} requests: RSS ${(first.rssKiB / 1024).toFixed(1)} → ${(last.rssKiB / 1024).toFixed(1)} MiB ` +
    `(${rssDelta >= 0 ? "+" : ""}${rssDelta.toFixed(1)} MiB);${heapDelta} trend of ${basis} from ${int(verdict.fromRequests)} requests on (${verdict.points} points): ` +
    (verdict.points < 3
      ? "**too few samples to judge a trend**."
      : `${(verdict.slopeBytesPer1k / 1024).toFixed(1)} KiB per 1,000 requests, ${mib(verdict.projectedPer100kBytes)} MiB per 100,000 ` +
        `(tolerance ${mib(verdict.toleranceBytes)} MiB) → **${verdict.growing ? "keeps growing: possible leak" : "flat: no sign of a leak"}**.`)
  );
}
