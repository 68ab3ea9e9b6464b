// Preloaded into a benchmark's server only (NODE_OPTIONS="--import <this file>", with
// BENCH_EVENT_LOOP_FILE set): once a second it appends one JSON line to that file with the
// longest event-loop delay of that second (monitorEventLoopDelay, 10 ms resolution), so the
// bench can tell "the server process was busy" (a long synchronous task delays every other
// request) from "the request waited on the database". No endpoint, nothing sent anywhere.
// Never part of a real deployment.
import { appendFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";

const file = process.env.BENCH_EVENT_LOOP_FILE;
if (file) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  setInterval(() => {
    appendFileSync(file, `${JSON.stringify({ at: Date.now(), pid: process.pid, maxMs: Math.round(delay.max / 1e6) })}\n`);
    delay.reset();
  }, 1_000).unref();
}
