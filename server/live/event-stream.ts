import "server-only";

// One Server-Sent Events body for every live board (the public tally, the organizer's
// check-in counts): the current value at once, then each value the feed pushes, and a
// comment line every HEARTBEAT_MS so proxies keep the connection open. `null` from the feed,
// or a heartbeat check answering false, closes the stream; aborting the request (the board
// closes) unsubscribes. `maxAgeMs` ends a stream after a while so the browser's EventSource
// reconnects through the route again (and its authorization check).

export const HEARTBEAT_MS = 15_000;

export const EVENT_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  Connection: "keep-alive",
  // Stops nginx-style proxies from buffering the stream.
  "X-Accel-Buffering": "no",
} as const;

export type LiveStreamOptions<T> = {
  signal: AbortSignal;
  /** The SSE event name of each value. */
  event: string;
  /** The value sent at connect; null closes at once. */
  current: () => Promise<T | null>;
  /** Subscribes to new values; returns the unsubscribe function. */
  watch: (push: (value: T | null) => void) => () => void;
  /** Asked before each heartbeat: false closes the stream (a rejection keeps it). */
  stillOpen?: () => Promise<boolean>;
  maxAgeMs?: number;
};

export function liveEventStream<T>(options: LiveStreamOptions<T>): ReadableStream<Uint8Array> {
  const { signal, event, current, watch, stillOpen, maxAgeMs } = options;
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
      const sendValue = (value: T | null) => {
        if (value === null) return cleanup();
        send(`event: ${event}\ndata: ${JSON.stringify(value)}\n\n`);
      };
      const unwatch = watch(sendValue);
      const beat = () => send(`: heartbeat ${new Date().toISOString()}\n\n`);
      const heartbeat = setInterval(() => {
        if (!stillOpen) return beat();
        stillOpen().then(
          (open) => (open ? beat() : cleanup()),
          beat, // database hiccup: keep the board
        );
      }, HEARTBEAT_MS);
      const expiry = maxAgeMs ? setTimeout(() => cleanup(), maxAgeMs) : undefined;
      cleanup = () => {
        if (closed) return;
        closed = true;
        unwatch();
        clearInterval(heartbeat);
        if (expiry) clearTimeout(expiry);
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
      sendValue(await current());
    },
    cancel() {
      cleanup();
    },
  });
}
