import "server-only";
import { expirePublicCaches } from "../public-cache/expire-public.ts";
import { crossProcessTallyEnabled, notifyTallyChange } from "./tally-notify.ts";

// In-process pub/sub: every committed write that can change an event's tally publishes
// { eventId }; the tally feed (tally-feed.ts) listens and pushes to connected boards.
// Kept on globalThis because Next may bundle server actions and route handlers into
// separate module graphs in one process; they must share one bus. Other processes hear
// about the change through PostgreSQL NOTIFY (tally-notify.ts), which feeds the same bus.

/** `topic` "attendance": check-in counts changed (issue 20), carried on the same bus and
 * NOTIFY channel; the tally feed ignores it. Absent: the tally changed. */
export type TallyChange = { eventId: string; topic?: "attendance" };
type Listener = (change: TallyChange) => void;

const globalBus = globalThis as unknown as { accordTallyListeners?: Set<Listener> };
const listeners = (globalBus.accordTallyListeners ??= new Set<Listener>());

/** Call only after the transaction has committed, so listeners never read uncommitted data. */
export function publishTallyChange(change: TallyChange): void {
  // Agreement counts show on public pages (home): their cached data goes too.
  expirePublicCaches();
  deliverTallyChange(change);
  if (crossProcessTallyEnabled()) void notifyTallyChange(change);
}

/** Check-ins changed: the organizers' attendance boards update (no public cache holds counts). */
export function publishAttendanceChange(eventId: string): void {
  const change = { eventId, topic: "attendance" } as const;
  deliverTallyChange(change);
  if (crossProcessTallyEnabled()) void notifyTallyChange(change);
}

/** In-process fan-out only: for changes this process heard about from another one. */
export function deliverTallyChange(change: TallyChange): void {
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
