import "server-only";
import { liveEventStream } from "../live/event-stream.ts";
import { currentTally, watchTally } from "./tally-feed.ts";
import { eventStillPublicCached } from "./event-still-public.ts";

// The Server-Sent Events body for one public tally board: the current tally at once, then
// every new tally from the shared feed. The stream closes once the event stops being public:
// the feed says so before a push (null), and each heartbeat checks first (event-still-public.ts).

export { HEARTBEAT_MS } from "../live/event-stream.ts";

export function tallyEventStream(eventId: string, signal: AbortSignal): ReadableStream<Uint8Array> {
  return liveEventStream({
    signal,
    event: "tally",
    current: () => currentTally(eventId),
    watch: (push) => watchTally(eventId, push),
    stillOpen: () => eventStillPublicCached(eventId),
  });
}
