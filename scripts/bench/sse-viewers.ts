import http from "node:http";
import { performance } from "node:perf_hooks";

// N concurrent Server-Sent Events clients on node:http (EventSource is not in Node 20).
// Each viewer reads the text/event-stream framing (blocks separated by a blank line;
// `event:`, `data:`, `retry:` fields; `:` comment lines) and keeps, for every `tally`
// event, its arrival time and the tally's agreement total. No reconnects: a dropped
// stream is counted as an error, which is what the benchmark needs to see.

export type TallyArrival = { at: number; agreements: number };
export type Viewer = { id: number; arrivals: TallyArrival[]; error?: string; ended: boolean; destroy: () => void };

function parseBlock(block: string): { event: string; data: string } | null {
  let event = "message";
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (line === "" || line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
  }
  return data.length ? { event, data: data.join("\n") } : null;
}

function openViewer(id: number, url: URL, agent: http.Agent, onTally: () => void): Viewer {
  const viewer: Viewer = { id, arrivals: [], ended: false, destroy: () => req.destroy() };
  const fail = (message: string) => {
    viewer.error ??= message;
    viewer.ended = true;
  };
  const req = http.get(url, { agent, headers: { Accept: "text/event-stream" } }, (res) => {
    if (res.statusCode !== 200) {
      fail(`HTTP ${res.statusCode}`);
      res.resume();
      return;
    }
    res.setEncoding("utf8");
    let buffer = "";
    res.on("data", (chunk: string) => {
      const at = performance.now();
      buffer += chunk.replace(/\r\n?/g, "\n");
      let end: number;
      while ((end = buffer.indexOf("\n\n")) !== -1) {
        const message = parseBlock(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (message?.event !== "tally") continue;
        const tally = JSON.parse(message.data) as { totals: { agreements: number } };
        viewer.arrivals.push({ at, agreements: tally.totals.agreements });
        onTally();
      }
    });
    res.on("end", () => fail("stream ended by server"));
    res.on("error", (e) => fail(e.message));
  });
  // Only the connection phase is bounded here; an open stream is meant to stay quiet.
  req.setTimeout(15_000, () => {
    if (!viewer.arrivals.length) req.destroy(new Error("no tally within 15 s"));
  });
  req.on("error", (e) => fail(e.message));
  return viewer;
}

/** Opens `count` viewers in batches (a burst of 500 SYNs is not what a room does). */
export async function openViewers(
  url: string,
  count: number,
  options: { batch?: number; pauseMs?: number; onTally?: () => void } = {},
): Promise<{ viewers: Viewer[]; agent: http.Agent }> {
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const viewers: Viewer[] = [];
  const batch = options.batch ?? 50;
  for (let i = 0; i < count; i += batch) {
    for (let j = i; j < Math.min(count, i + batch); j += 1) viewers.push(openViewer(j, new URL(url), agent, options.onTally ?? (() => {})));
    await new Promise((r) => setTimeout(r, options.pauseMs ?? 100));
  }
  return { viewers, agent };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
