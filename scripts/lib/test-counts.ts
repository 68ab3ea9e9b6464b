// Reads the JSON reports of vitest and Playwright into one shape for the closing line.
export type Counts = { passed: number; failed: number; skipped: number };

export function countVitest(json: string): Counts {
  const r = JSON.parse(json) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests?: number;
    success?: boolean;
    numFailedTestSuites?: number;
  };
  // A file that fails to load has no tests but counts as a failed suite.
  const brokenFiles = r.numFailedTestSuites && r.numFailedTests === 0 ? r.numFailedTestSuites : 0;
  return { passed: r.numPassedTests, failed: r.numFailedTests + brokenFiles, skipped: r.numPendingTests + (r.numTodoTests ?? 0) };
}

export function countPlaywright(json: string): Counts {
  const r = JSON.parse(json) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] };
  const setupErrors = r.errors?.length ?? 0;
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + setupErrors, skipped: r.stats.skipped };
}
