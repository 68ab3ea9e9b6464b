import type { LocalizedResult } from "@/server/shared/result";

// What the server gives the timetable board: text already in the reader's language, instants
// as epoch milliseconds, so the browser needs no time library to lay the grid out.

export type BoardVenue = {
  venueId: string;
  name: string;
  timeZone: string;
  offsetLabel: string;
  /** "Elsewhere: Tokyo UTC+9, …" */
  others: string;
};

export type BoardSession = {
  id: string;
  title: string;
  version: number;
  hostVenueId: string;
  hostZone: string;
  venueIds: string[];
  startMs: number;
  endMs: number;
};

export type BoardSlot = {
  at: number;
  /** The wall-clock time at each venue, by venue id ("2020-07-30T11:00"). */
  local: Record<string, string>;
  /** The event day's label on the first slot of each day ("30 Jul"), else null. */
  day: string | null;
};

export type RescheduleInput = { sessionId: string; version: number; startLocal: string; endLocal: string; acceptWarnings?: boolean };
export type RescheduleAction = (input: RescheduleInput) => Promise<LocalizedResult<{ id: string; version: number }>>;
