import { DateTime } from "luxon";
import type { AgendaSession } from "./types.ts";

// Decision: a session belongs to the calendar day on which it STARTS in the EVENT's primary
// time zone (the organizer's clock, Asia/Shanghai for the reference event). One zone for
// the whole programme means each session lands under exactly one day and the days never
// split: grouping by each host venue's own date would put a Tokyo 00:30 session under
// "31 July" while Jinan's simultaneous 23:30 session sat under "30 July". Other venues'
// times carry a day-shift marker instead (see session-times.ts).

export interface AgendaDay<S extends Pick<AgendaSession, "startsAt"> = AgendaSession> {
  /** "YYYY-MM-DD" in the primary time zone. */
  date: string;
  sessions: S[];
}

/** The date ("YYYY-MM-DD") an instant falls on in `zone`. */
export function dateInZone(instant: string | Date, zone: string): string {
  const ms = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  return DateTime.fromMillis(ms, { zone }).toISODate() ?? "";
}

/** Sessions grouped by start date in `primaryZone`, days ascending, sessions by start then end. */
export function groupSessionsByDay<S extends Pick<AgendaSession, "startsAt"> & { endsAt?: string }>(
  sessions: readonly S[],
  primaryZone: string,
): AgendaDay<S>[] {
  const sorted = [...sessions].sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || Date.parse(a.endsAt ?? a.startsAt) - Date.parse(b.endsAt ?? b.startsAt),
  );
  const days = new Map<string, S[]>();
  for (const session of sorted) {
    const date = dateInZone(session.startsAt, primaryZone);
    const list = days.get(date);
    if (list) list.push(session);
    else days.set(date, [session]);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, list]) => ({ date, sessions: list }));
}
