import "server-only";

// In-process pub/sub: every committed write that can change an event's tally publishes
// { eventId }; the tally feed (tally-feed.ts) listens and pushes to connected boards.
// Kept on globalThis because Next may bundle server actions and route handlers into
// separate module graphs in one process; they must share one bus. A multi-process
// deployment would swap this for Postgres LISTEN/NOTIFY behind the same two functions.

export type TallyChange = { eventId: string };
type Listener = (change: TallyChange) => void;

const globalBus = globalThis as unknown as { accordTallyListeners?: Set<Listener> };
const listeners = (globalBus.accordTallyListeners ??= new Set<Listener>());

/** Call only after the transaction has committed, so listeners never read uncommitted data. */
export function publishTallyChange(change: TallyChange): void {
  for (const listener of [...listeners]) {
    try {
      listener(change);
    } catch (error) {
      // One broken listener must not stop the others or fail the write that published.
      console.error("tally listener failed", error);
    }
  }
}

/** Returns the unsubscribe function. */
export function subscribeTallyChanges(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function tallyListenerCount(): number {
  return listeners.size;
}
