// Latency statistics shared by the benchmarks. Percentiles use the nearest-rank method on
// an ascending array: the p-th percentile is the smallest value with at least p% of the
// samples at or below it, so p99 of 100 samples is the 99th, never an interpolation.

export function percentile(sorted: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile: p must be in (0, 100], got ${p}`);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export type LatencySummary = { count: number; mean: number; p50: number; p95: number; p99: number; max: number };

/** Summary of unsorted latencies (the input is not modified). */
export function summarize(latencies: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(latencies).sort();
  const list = Array.from(sorted);
  const sum = list.reduce((s, v) => s + v, 0);
  return {
    count: list.length,
    mean: list.length ? sum / list.length : NaN,
    p50: percentile(list, 50),
    p95: percentile(list, 95),
    p99: percentile(list, 99),
    max: list.length ? list[list.length - 1] : NaN,
  };
}
