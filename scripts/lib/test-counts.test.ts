import { describe, expect, it } from "vitest";
import { countPlaywright, countVitest } from "./test-counts.ts";

describe("test counts", () => {
  it("reads vitest's JSON report, counting a file that failed to load", () => {
    expect(countVitest(JSON.stringify({ numPassedTests: 5, numFailedTests: 1, numPendingTests: 2 }))).toEqual({
      passed: 5,
      failed: 1,
      skipped: 2,
    });
    expect(countVitest(JSON.stringify({ numPassedTests: 5, numFailedTests: 0, numPendingTests: 0, numFailedTestSuites: 1 })).failed).toBe(
      1,
    );
  });
  it("reads Playwright's JSON report; flaky tests that passed on retry count as passed", () => {
    const report = { stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 0 }, errors: [] };
    expect(countPlaywright(JSON.stringify(report))).toEqual({ passed: 4, failed: 1, skipped: 0 });
  });
});
