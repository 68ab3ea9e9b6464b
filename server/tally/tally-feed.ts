import "server-only";
import { computeTally, type Tally } from "./compute-tally.ts";
import { deliverTallyChange, subscribeTallyChanges } from "./tally-events.ts";
import { ensureTallyListener } from "./tally-notify.ts";
import { eventStillPublic } from "./event-still-public.ts";
import { debouncedFeed } from "../live/debounced-feed.ts";

// One shared feed per event per process, built for a room full of screens (500 viewers):
// a change triggers ONE recomputation after a short debounce, the result is cached, and
// every connected board gets the same object. Viewers never query the database themselves.
// Before each push the event's status is read again: a board of an event that is no longer
// public gets `null` instead of a tally and closes its stream.

export const TALLY_DEBOUNCE_MS = 250;
/** Safety net: a write whose NOTIFY was lost (e.g. a script that does not send one) shows up
 * for newly connecting boards within this time; connected boards update on the NOTIFY. */
export const TALLY_CACHE_TTL_MS = 30_000;
type FeedState = {
  cache: Map<string, Tally>;
  inflight: Map<string, Promise<Tally>>;
  unsubscribeBus?: () => void;
};

// On globalThis for the same reason as the bus: one feed per process across bundles.
const g = globalThis as unknown as { accordTallyFeed?: FeedState };
const state: FeedState = (g.accordTallyFeed ??= { cache: new Map(), inflight: new Map() });
/** Each board receives each new tally, or null once the event is no longer public. */
const boards = debouncedFeed<Tally | null>("accordTallyBoards", {
  debounceMs: TALLY_DEBOUNCE_MS,
  compute: async (eventId) => ((await eventStillPublic(eventId)) ? await recompute(eventId) : null),
});

/** The cached tally, or one computation shared by all callers arriving meanwhile. */
export function currentTally(eventId: string): Promise<Tally> {
  ensureBus();
  const cached = state.cache.get(eventId);
  if (cached && Date.now() - Date.parse(cached.computedAt) < TALLY_CACHE_TTL_MS) return Promise.resolve(cached);
  return recompute(eventId);
}

function ensureBus(): void {
  state.unsubscribeBus ??= subscribeTallyChanges(({ eventId: changed, topic }) => {
    if (!topic) onChange(changed);
  });
  ensureTallyListener(deliverTallyChange, resyncAll);
}

/** The NOTIFY connection was down for a while: any cached tally may be stale. */
function resyncAll(): void {
  state.cache.clear();
  for (const eventId of boards.watchedEvents()) onChange(eventId);
}

function recompute(eventId: string): Promise<Tally> {
  const running = state.inflight.get(eventId);
  if (running) return running;
  const promise = computeTally(eventId)
    .then((tally) => {
      state.cache.set(eventId, tally);
      return tally;
    })
    .finally(() => state.inflight.delete(eventId));
  state.inflight.set(eventId, promise);
  return promise;
}

function onChange(eventId: string): void {
  state.cache.delete(eventId);
  boards.changed(eventId);
}

/** Calls `watcher` with each new tally of the event (null: no longer public); returns the unsubscribe function. */
export function watchTally(eventId: string, watcher: (tally: Tally | null) => void): () => void {
  ensureBus();
  return boards.watch(eventId, watcher);
}

/** Tests start each file from an empty cache (each file has its own database). */
export function resetTallyFeedForTests(): void {
  state.cache.clear();
  state.inflight.clear();
  boards.reset();
}
