import { performance } from "node:perf_hooks";

/**
 * Lets the server's event loop serve other requests before this one goes on: long loops over
 * thousands of rows (a CSV import) call it between slices, so no single synchronous stretch
 * holds every other request of the process.
 */
export const yieldToOtherRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A check to call once per row of a long loop: it yields when `budgetMs` of work has passed
 * since the last yield. Bounded by time, not by rows, so a slow (shared, loaded) machine
 * yields as often per second as a fast one: every step of another request (each of its
 * database answers) waits at most about `budgetMs` behind the loop.
 */
export function yieldEvery(budgetMs = 15): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await yieldToOtherRequests();
    since = performance.now();
  };
}
