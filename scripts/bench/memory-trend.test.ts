import { describe, expect, it } from "vitest";
import { leastSquaresSlope, memoryTrend } from "./memory-trend.ts";

const MiB = 1024 * 1024;
const at = (requests: number[], bytes: (r: number) => number) => requests.map((r) => ({ requests: r, bytes: bytes(r) }));
const CHECKPOINTS = [0, 1_000, 10_000, 25_000, 50_000, 75_000, 100_000];

describe("leastSquaresSlope", () => {
  it("fits a line and is NaN without two distinct x", () => {
    expect(
      leastSquaresSlope([
        { x: 0, y: 1 },
        { x: 2, y: 5 },
        { x: 4, y: 9 },
      ]),
    ).toBeCloseTo(2);
    expect(leastSquaresSlope([{ x: 1, y: 1 }])).toBeNaN();
    expect(
      leastSquaresSlope([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toBeNaN();
  });
});

describe("memoryTrend", () => {
  it("a plateau after warm-up is not growing, however high the early rise", () => {
    const v = memoryTrend(at(CHECKPOINTS, (r) => (r < 10_000 ? 60 * MiB + r * 4000 : 100 * MiB + (r % 20_000 ? 1 : -1) * MiB)));
    expect(v.growing).toBe(false);
    expect(v.points).toBe(5);
  });

  it("steady growth of 200 KiB per 1,000 requests is flagged", () => {
    const v = memoryTrend(at(CHECKPOINTS, (r) => 80 * MiB + r * 200 * 1.024));
    expect(v.growing).toBe(true);
    expect(v.slopeBytesPer1k / 1024).toBeCloseTo(200, 0);
    expect(v.projectedPer100kBytes / MiB).toBeCloseTo(19.5, 0);
  });

  it("growth inside the tolerance (10% of the first warm sample, at least 8 MiB) passes", () => {
    const v = memoryTrend(at(CHECKPOINTS, (r) => 100 * MiB + r * 80));
    expect(v.toleranceBytes).toBe(10 * MiB + 80 * 10_000 * 0.1);
    expect(v.growing).toBe(false);
  });

  it("too few samples cannot be called growing", () => {
    expect(memoryTrend(at([0, 1_000, 10_000], (r) => r * 1e6)).growing).toBe(false);
    expect(memoryTrend(at([0, 10_000, 20_000], (r) => r * 1e6)).growing).toBe(false);
    expect(memoryTrend(at([0, 10_000, 20_000, 30_000], (r) => r * 1e6)).growing).toBe(true);
  });

  it("a short run can start the line earlier", () => {
    const v = memoryTrend(
      at([0, 1_000, 2_500, 5_000, 8_000], (r) => 50 * MiB + r * 1000),
      { fromRequests: 2_000 },
    );
    expect(v).toMatchObject({ points: 3, fromRequests: 2_000, growing: true });
  });
});
