import { DateTime } from "luxon";
import { formatOffset } from "../time/zones.ts";
import type { AgendaSession, AgendaVenue } from "./types.ts";

// What the agenda shows for one session's time: the host venue's local time first, then
// each other time zone the event's venues use (venues sharing a zone share a line, e.g.
// Tokyo and Osaka), then the reader's own zone when its clock differs from the host's.
// Components turn these parts into text with the locale's messages.

export interface ZoneTime {
  zone: string;
  /** Venues in this zone (host line: the host venue only). Empty for the reader's line. */
  venueIds: string[];
  start: string; // "HH:mm"
  end: string;
  /** "UTC+8" at the session's start (DST-correct). */
  offset: string;
  /** Local start date, "YYYY-MM-DD". */
  date: string;
  /** Local start date minus the agenda day in days: -1, 0, +1. */
  dayShift: number;
}

export interface SessionTimes {
  host: ZoneTime;
  others: ZoneTime[];
  /** Null when the reader's clock reads the same as the host venue's. */
  reader: ZoneTime | null;
}

function zoneTime(session: Pick<AgendaSession, "startsAt" | "endsAt">, zone: string, agendaDay: string, venueIds: string[]): ZoneTime {
  const start = DateTime.fromISO(session.startsAt, { zone });
  const end = DateTime.fromISO(session.endsAt, { zone });
  const date = start.toISODate() ?? agendaDay;
  const dayShift = Math.round(DateTime.fromISO(date, { zone: "UTC" }).diff(DateTime.fromISO(agendaDay, { zone: "UTC" }), "days").days);
  return { zone, venueIds, start: start.toFormat("HH:mm"), end: end.toFormat("HH:mm"), offset: formatOffset(start.offset), date, dayShift };
}

export function describeSessionTimes(
  session: Pick<AgendaSession, "startsAt" | "endsAt" | "hostVenueId">,
  venues: readonly AgendaVenue[],
  agendaDay: string,
  readerZone: string | null,
): SessionTimes {
  const hostVenue = venues.find((v) => v.id === session.hostVenueId);
  const hostZone = hostVenue?.timeZone ?? "UTC";
  const host = zoneTime(session, hostZone, agendaDay, hostVenue ? [hostVenue.id] : []);
  const byZone = new Map<string, string[]>();
  for (const venue of venues) {
    if (venue.id === session.hostVenueId || venue.timeZone === hostZone) continue;
    byZone.set(venue.timeZone, [...(byZone.get(venue.timeZone) ?? []), venue.id]);
  }
  const others = [...byZone.entries()].map(([zone, ids]) => zoneTime(session, zone, agendaDay, ids));
  let reader: ZoneTime | null = null;
  if (readerZone) {
    const candidate = zoneTime(session, readerZone, agendaDay, []);
    if (candidate.offset !== host.offset) reader = candidate;
  }
  return { host, others, reader };
}
