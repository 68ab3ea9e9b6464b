// Preloaded into the mixed benchmark's server only (NODE_OPTIONS="--import <this file>
// --expose-gc", BENCH_HEAP_DIR set): on SIGUSR2 the process runs a full garbage collection
// and writes process.memoryUsage() to BENCH_HEAP_DIR/heap-<pid>.json. No endpoint, no
// network: only a process that may signal the server (same user) can ask, and it only
// learns memory figures. Never part of a real deployment.
import { renameSync, writeFileSync } from "node:fs";

const dir = process.env.BENCH_HEAP_DIR;
if (dir) {
  process.on("SIGUSR2", () => {
    const gc = globalThis.gc;
    if (typeof gc === "function") gc();
    const file = `${dir}/heap-${process.pid}.json`;
    // Write then rename, so the reader never sees half a file.
    writeFileSync(`${file}.tmp`, JSON.stringify({ ...process.memoryUsage(), gc: typeof gc === "function", at: Date.now() }));
    renameSync(`${file}.tmp`, file);
  });
}
