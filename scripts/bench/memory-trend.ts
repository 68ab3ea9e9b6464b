// Does memory keep growing with requests? A least-squares line through samples taken once
// caches are warm (≥ `fromRequests`); growth projected over 100,000 requests is compared
// with a tolerance (caches fill, V8 sizes its heap, allocators keep pages: some growth is
// normal, unbounded growth is a leak). Used on the heap after a forced GC when available,
// which is far less noisy than RSS.

export type TrendPoint = { requests: number; bytes: number };
export type TrendVerdict = {
  slopeBytesPer1k: number;
  projectedPer100kBytes: number;
  toleranceBytes: number;
  growing: boolean;
  /** Samples the line was fitted through; fewer than 3 cannot tell a trend. */
  points: number;
  fromRequests: number;
};

export function leastSquaresSlope(points: readonly { x: number; y: number }[]): number {
  if (points.length < 2) return NaN;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (sxx === 0) return NaN;
  return points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
}

export function memoryTrend(
  samples: readonly TrendPoint[],
  options: { fromRequests?: number; toleranceFraction?: number; minToleranceBytes?: number } = {},
): TrendVerdict {
  const from = options.fromRequests ?? 10_000;
  const used = samples.filter((s) => s.requests >= from);
  const slope = leastSquaresSlope(used.map((s) => ({ x: s.requests, y: s.bytes })));
  const base = used[0]?.bytes ?? NaN;
  const tolerance = Math.max(options.minToleranceBytes ?? 8 * 1024 * 1024, (options.toleranceFraction ?? 0.1) * base);
  const projected = slope * 100_000;
  return {
    slopeBytesPer1k: slope * 1000,
    projectedPer100kBytes: projected,
    toleranceBytes: tolerance,
    // Too few points to tell is reported as not growing, with points saying why.
    growing: used.length >= 3 && Number.isFinite(projected) && projected > tolerance,
    points: used.length,
    fromRequests: from,
  };
}
