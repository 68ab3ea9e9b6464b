import { describe, expect, it } from "vitest";
import { percentile, summarize } from "./stats.ts";

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it("picks the smallest value with at least p% of samples at or below it", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([1, 2, 3], 50)).toBe(2);
    expect(percentile([10, 20], 99)).toBe(20);
  });

  it("is NaN for no samples and refuses p outside (0, 100]", () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile(hundred, 0)).toThrow(RangeError);
    expect(() => percentile(hundred, 101)).toThrow(RangeError);
    expect(() => percentile(hundred, Number.NaN)).toThrow(RangeError);
  });
});

describe("summarize", () => {
  it("sorts numerically (not as strings) without touching its input", () => {
    const input = [100, 9, 20, 3, 1000];
    const s = summarize(input);
    expect(input).toEqual([100, 9, 20, 3, 1000]);
    expect(s).toMatchObject({ count: 5, p50: 20, p95: 1000, max: 1000 });
    expect(s.mean).toBeCloseTo(226.4);
  });

  it("reports NaN figures for an empty list", () => {
    const s = summarize([]);
    expect(s.count).toBe(0);
    expect(s.p99).toBeNaN();
    expect(s.max).toBeNaN();
  });
});
