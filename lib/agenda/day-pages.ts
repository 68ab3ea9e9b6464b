import type { AgendaDay } from "./group-by-day.ts";
import type { AgendaSession } from "./types.ts";

type Dated = Pick<AgendaSession, "startsAt">;

// Long programmes (a 300-session congress) open on one day, not all of them: the first view
// stays small (under 300 KB) and fast to cache and send. `?day=YYYY-MM-DD` picks a day,
// `?day=all` shows the whole programme (print, search in page). Short ones show everything.

export const LONG_AGENDA_SESSIONS = 60;
export const ALL_DAYS = "all";

export interface DayPage<S extends Dated> {
  shown: AgendaDay<S>[];
  /** True when the programme is long enough to be shown a day at a time. */
  paged: boolean;
  /** The day shown ("YYYY-MM-DD"), or "all". */
  current: string;
}

export function pickDays<S extends Dated>(days: AgendaDay<S>[], totalSessions: number, requested: unknown): DayPage<S> {
  if (totalSessions <= LONG_AGENDA_SESSIONS || days.length <= 1) return { shown: days, paged: false, current: ALL_DAYS };
  if (requested === ALL_DAYS) return { shown: days, paged: true, current: ALL_DAYS };
  const day = days.find((d) => d.date === requested) ?? days[0];
  return { shown: [day], paged: true, current: day.date };
}

/** The agenda's query with `day` set: filters kept, day last. */
export function withDay(search: string, day: string): string {
  const params = new URLSearchParams(search);
  params.set("day", day);
  return `?${params.toString()}`;
}
