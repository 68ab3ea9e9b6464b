import "server-only";
import { DateTime } from "luxon";
import { zoneOffsetLabel } from "@/lib/time/zones";

// Pure arithmetic of a run-of-show: the order of messages and when each one starts.

export type Orderable = { id: string; position: number | null; precedence: number; createdAt: Date };

/**
 * Messages the organizer has placed come first, by position; messages not yet placed
 * follow in protocol order (lower precedence number first), then by when they were added.
 */
export function orderRunOfShow<T extends Orderable>(messages: readonly T[]): T[] {
  return [...messages].sort((a, b) => {
    if (a.position !== null && b.position !== null) return a.position - b.position;
    if (a.position !== null) return -1;
    if (b.position !== null) return 1;
    return a.precedence - b.precedence || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
  });
}

export type VenueZone = { venueId: string; timeZone: string };
export type VenueCue = { venueId: string; timeZone: string; date: string; wall: string; offset: string };

/** The same instant on each venue's wall clock, with the offset in force then. */
export function cueTimesByVenue(at: Date, venues: readonly VenueZone[]): VenueCue[] {
  return venues.map(({ venueId, timeZone }) => {
    const local = DateTime.fromJSDate(at, { zone: timeZone });
    return {
      venueId,
      timeZone,
      date: local.toFormat("yyyy-MM-dd"),
      wall: local.toFormat("HH:mm:ss"),
      offset: zoneOffsetLabel(timeZone, at),
    };
  });
}

export type Cued<T> = T & { offsetSec: number; cueAt: Date; endsAt: Date };

/** Each message's cue: the session's start plus the durations of the messages before it. */
export function cueMessages<T extends { durationSec: number }>(
  ordered: readonly T[],
  sessionStart: Date,
): { items: Cued<T>[]; totalSec: number } {
  let offsetSec = 0;
  const items = ordered.map((m) => {
    const cueAt = new Date(sessionStart.getTime() + offsetSec * 1000);
    const item = { ...m, offsetSec, cueAt, endsAt: new Date(cueAt.getTime() + m.durationSec * 1000) };
    offsetSec += m.durationSec;
    return item;
  });
  return { items, totalSec: offsetSec };
}
