import { describe, expect, it } from "vitest";
import { mixSequence, seededRandom, weightedPicker } from "./seeded-mix.ts";

describe("seededRandom", () => {
  it("repeats for a seed, differs across seeds, stays in [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("weightedPicker", () => {
  it("follows the weights and never picks a zero weight", () => {
    const pick = weightedPicker([
      { weight: 3, value: "a" },
      { weight: 0, value: "never" },
      { weight: 1, value: "b" },
    ]);
    const random = seededRandom(1);
    const counts = { a: 0, b: 0, never: 0 } as Record<string, number>;
    for (let i = 0; i < 40_000; i += 1) counts[pick(random())] += 1;
    expect(counts.never).toBe(0);
    expect(counts.a / 40_000).toBeCloseTo(0.75, 1);
    expect(pick(0)).toBe("a");
    expect(pick(0.9999999999)).toBe("b");
  });

  it("refuses empty, negative or all-zero weights", () => {
    expect(() => weightedPicker([])).toThrow(/no choices/);
    expect(() => weightedPicker([{ weight: -1, value: 1 }])).toThrow(/≥ 0/);
    expect(() => weightedPicker([{ weight: 0, value: 1 }])).toThrow(/zero/);
  });
});

describe("mixSequence", () => {
  const options = { seed: 7, writeShare: 0.05, reads: [{ weight: 1, value: "r" }], writes: [{ weight: 1, value: "w" }] };

  it("gives the same sequence for the same seed", () => {
    const a = mixSequence(options);
    const b = mixSequence(options);
    const seqA = Array.from({ length: 500 }, () => a().kind).join("");
    expect(Array.from({ length: 500 }, () => b().kind).join("")).toBe(seqA);
    const c = mixSequence({ ...options, seed: 8 });
    expect(Array.from({ length: 500 }, () => c().kind).join("")).not.toBe(seqA);
  });

  it("draws writes at the requested share", () => {
    const next = mixSequence(options);
    let writes = 0;
    for (let i = 0; i < 100_000; i += 1) if (next().kind === "write") writes += 1;
    expect(writes / 100_000).toBeGreaterThan(0.045);
    expect(writes / 100_000).toBeLessThan(0.055);
  });

  it("refuses a share outside [0, 1] and writes without write operations", () => {
    expect(() => mixSequence({ ...options, writeShare: 1.5 })).toThrow(RangeError);
    const next = mixSequence({ ...options, writeShare: 1, writes: [] });
    expect(() => next()).toThrow(/no write operations/);
  });
});
