import http from "node:http";

// A small bounded load generator (autocannon is not installed): keep-alive connections,
// either a fixed request rate (open loop, to read latency at e.g. 200 req/s) or as fast as
// `connections` parallel clients go (closed loop, to read maximum throughput).

export interface LoadResult {
  requests: number;
  errors: number;
  durationMs: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function once(
  agent: http.Agent,
  url: URL,
  headers: Record<string, string>,
  okStatus = 200,
): Promise<{ ms: number; ok: boolean; headers: http.IncomingHttpHeaders }> {
  const start = process.hrtime.bigint();
  return new Promise((resolve) => {
    const req = http.get(url, { agent, headers }, (res) => {
      res.resume();
      res.on("end", () =>
        resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, ok: res.statusCode === okStatus, headers: res.headers }),
      );
    });
    req.setTimeout(30_000, () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, ok: false, headers: {} }));
  });
}

export async function fetchHeaders(url: string, headers: Record<string, string> = {}): Promise<http.IncomingHttpHeaders> {
  const agent = new http.Agent({ keepAlive: false });
  return (await once(agent, new URL(url), headers)).headers;
}

export async function runLoad(options: {
  url: string;
  durationMs: number;
  /** Fixed rate in requests/s; omit for closed-loop maximum throughput. */
  rate?: number;
  connections: number;
  headers?: Record<string, string>;
  /** The status that counts as answered (200; 304 for conditional requests). */
  okStatus?: number;
}): Promise<LoadResult> {
  const url = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  let inFlight = 0;
  const started = Date.now();
  const deadline = started + options.durationMs;
  const record = (r: { ms: number; ok: boolean }) => {
    latencies.push(r.ms);
    if (!r.ok) errors += 1;
  };

  if (options.rate) {
    const interval = 1000 / options.rate;
    const pending: Promise<void>[] = [];
    let next = started;
    while (Date.now() < deadline) {
      // Bounded: if the server falls behind, requests wait for a free connection (and
      // their latency includes that wait, as a user's would).
      if (inFlight < options.connections * 4) {
        inFlight += 1;
        pending.push(
          once(agent, url, options.headers ?? {}, options.okStatus).then((r) => {
            inFlight -= 1;
            record(r);
          }),
        );
      } else errors += 1;
      next += interval;
      const wait = next - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    await Promise.all(pending);
  } else {
    const worker = async () => {
      while (Date.now() < deadline) record(await once(agent, url, options.headers ?? {}, options.okStatus));
    };
    await Promise.all(Array.from({ length: options.connections }, worker));
  }
  agent.destroy();
  const durationMs = Date.now() - started;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    durationMs,
    rps: (latencies.length / durationMs) * 1000,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}
