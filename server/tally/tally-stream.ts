import "server-only";
import { currentTally, watchTally } from "./tally-feed.ts";
import { eventStillPublicCached } from "./event-still-public.ts";
import type { Tally } from "./compute-tally.ts";

// The Server-Sent Events body for one board: the current tally at once, then every new
// tally from the shared feed, and a comment line every 15 s so proxies keep the
// connection open. Aborting the request (the board closes) unsubscribes and closes. The
// stream also closes once the event stops being public: the feed says so before a push
// (null), and each heartbeat checks first (event-still-public.ts).

export const HEARTBEAT_MS = 15_000;

export function tallyEventStream(eventId: string, signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send = (chunk: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          cleanup();
        }
      };
      const sendTally = (tally: Tally | null) => {
        if (!tally) return cleanup();
        send(`event: tally\ndata: ${JSON.stringify(tally)}\n\n`);
      };
      const unwatch = watchTally(eventId, sendTally);
      const heartbeat = setInterval(() => {
        eventStillPublicCached(eventId).then(
          (open) => (open ? send(`: heartbeat ${new Date().toISOString()}\n\n`) : cleanup()),
          () => send(`: heartbeat ${new Date().toISOString()}\n\n`), // database hiccup: keep the board
        );
      }, HEARTBEAT_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        unwatch();
        clearInterval(heartbeat);
        signal.removeEventListener("abort", cleanup);
        try {
          controller.close();
        } catch {
          // already closed by the runtime
        }
      };
      if (signal.aborted) return cleanup();
      signal.addEventListener("abort", cleanup);
      // Tell EventSource to retry after 2 s if the connection drops (venue Wi-Fi).
      send("retry: 2000\n\n");
      sendTally(await currentTally(eventId));
    },
    cancel() {
      cleanup();
    },
  });
}
