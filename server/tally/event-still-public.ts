import "server-only";
import { db } from "../db/client.ts";
import { isPublicEventStatus } from "../access/public-event.ts";

// Whether a live board may still be fed: the event must still be published, live or
// concluded. The tally feed asks before every push (once per change, shared by every board);
// each board's heartbeat asks through a short shared cache, so an event unpublished in
// another process (which sends no tally change) closes its streams within a heartbeat.

const HEARTBEAT_CACHE_MS = 5_000;
type Entry = { at: number; value: Promise<boolean> };
const g = globalThis as unknown as { accordTallyEventPublic?: Map<string, Entry> };
const cache = (g.accordTallyEventPublic ??= new Map());

/** Reads the event's status now and refreshes the shared cache. */
export function eventStillPublic(eventId: string): Promise<boolean> {
  const value = db()
    .event.findUnique({ where: { id: eventId }, select: { status: true } })
    .then((row) => !!row && isPublicEventStatus(row.status));
  cache.set(eventId, { at: Date.now(), value });
  value.catch(() => cache.delete(eventId));
  return value;
}

/** The same answer, at most HEARTBEAT_CACHE_MS old: for the many boards' heartbeats. */
export function eventStillPublicCached(eventId: string): Promise<boolean> {
  const entry = cache.get(eventId);
  if (entry && Date.now() - entry.at < HEARTBEAT_CACHE_MS) return entry.value;
  return eventStillPublic(eventId);
}
