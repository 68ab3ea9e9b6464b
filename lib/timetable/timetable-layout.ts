// The organizer's timetable as a CSS grid: rows are 30-minute slots (UTC-aligned instants,
// possibly with gaps between event days), each drawn as SUBROWS sub-rows of 5 minutes so a
// session's height is its duration (a 90-minute session spans three slots, a 20-minute one
// two thirds of a slot). Within a venue, sessions that overlap in time sit side by side in
// lanes; a slot is free only when no session of that venue touches it.

export const SLOT_MS = 30 * 60_000;
export const STEP_MS = 5 * 60_000;
export const SUBROWS = SLOT_MS / STEP_MS;

export type LayoutSession = { id: string; startMs: number; endMs: number; venueIds: string[] };

export type Placement = {
  sessionId: string;
  /** First sub-row (0-based) and how many sub-rows the block covers. */
  row: number;
  span: number;
  /** Lane (0-based) and how many lanes the block covers: the last lane of a group fills the column. */
  lane: number;
  laneSpan: number;
};

export type VenueLayout = { venueId: string; lanes: number; placements: Placement[]; freeSlots: boolean[] };

/** The sub-row an instant falls in, or null when no slot holds it. */
function subRowAt(slots: number[], ms: number, roundUp: boolean): number | null {
  const at = slots.findIndex((s) => s <= ms && ms < s + SLOT_MS);
  if (at < 0) return null;
  const steps = (ms - slots[at]) / STEP_MS;
  return at * SUBROWS + (roundUp ? Math.ceil(steps) : Math.floor(steps));
}

/** Sub-rows [row, row + span) of a session, or null when a slot it needs is missing. */
export function rowSpanOf(slots: number[], startMs: number, endMs: number): { row: number; span: number } | null {
  if (!coversSlots(slots, startMs, endMs)) return null;
  const row = subRowAt(slots, startMs, false);
  const last = subRowAt(slots, endMs - 1, false);
  if (row === null || last === null) return null;
  // The end rounds up to the next 5 minutes; a block is at least one sub-row tall.
  const slot = Math.floor(last / SUBROWS);
  const end = slot * SUBROWS + Math.ceil((endMs - slots[slot]) / STEP_MS);
  return { row, span: Math.max(1, end - row) };
}

/** True when every 30-minute slot from the start to the end is a row of the timetable. */
export function coversSlots(slots: number[], startMs: number, endMs: number): boolean {
  if (!(endMs > startMs)) return false;
  const have = new Set(slots);
  for (let t = Math.floor(startMs / SLOT_MS) * SLOT_MS; t < endMs; t += SLOT_MS) if (!have.has(t)) return false;
  return true;
}

const overlaps = (a: { startMs: number; endMs: number }, b: { startMs: number; endMs: number }) =>
  a.startMs < b.endMs && b.startMs < a.endMs;

function layoutVenue(venueId: string, slots: number[], sessions: LayoutSession[]): VenueLayout {
  const mine = sessions
    .filter((s) => s.venueIds.includes(venueId))
    .map((s) => ({ s, rows: rowSpanOf(slots, s.startMs, s.endMs) }))
    .filter((x): x is { s: LayoutSession; rows: { row: number; span: number } } => x.rows !== null)
    .sort((a, b) => a.s.startMs - b.s.startMs || b.s.endMs - a.s.endMs || a.s.id.localeCompare(b.s.id));

  // Greedy lanes per group of sessions connected by overlaps; a group's width is its lane count.
  const placed: { p: Placement; group: number }[] = [];
  const groupLanes: number[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -Infinity;
  for (const { s, rows } of mine) {
    if (s.startMs >= groupEnd) {
      groupLanes.push(0);
      laneEnds = [];
    }
    const group = groupLanes.length - 1;
    let lane = laneEnds.findIndex((end) => end <= s.startMs);
    if (lane < 0) lane = laneEnds.push(s.endMs) - 1;
    else laneEnds[lane] = s.endMs;
    groupLanes[group] = Math.max(groupLanes[group], lane + 1);
    groupEnd = Math.max(groupEnd, s.endMs);
    placed.push({ p: { sessionId: s.id, ...rows, lane, laneSpan: 1 }, group });
  }
  const lanes = Math.max(1, ...groupLanes);
  for (const { p, group } of placed) if (p.lane === groupLanes[group] - 1) p.laneSpan = lanes - p.lane;

  const freeSlots = slots.map((start) => !mine.some(({ s }) => overlaps(s, { startMs: start, endMs: start + SLOT_MS })));
  return { venueId, lanes, placements: placed.map((x) => x.p), freeSlots };
}

/** Lanes, placements and free slots of every venue column. `slots` are the rows' start instants, ascending. */
export function layoutTimetable(slots: number[], venueIds: string[], sessions: LayoutSession[]): VenueLayout[] {
  return venueIds.map((id) => layoutVenue(id, slots, sessions));
}

export type Change = { move: number } | { resize: number };

/**
 * The times after moving a session by whole slots or changing its end by whole slots (the
 * grid step, 30 minutes); null when the result would leave the timetable's rows or end at
 * or before its start.
 */
export function shiftTimes(
  slots: number[],
  times: { startMs: number; endMs: number },
  change: Change,
): { startMs: number; endMs: number } | null {
  const next =
    "move" in change
      ? { startMs: times.startMs + change.move * SLOT_MS, endMs: times.endMs + change.move * SLOT_MS }
      : { startMs: times.startMs, endMs: times.endMs + change.resize * SLOT_MS };
  return coversSlots(slots, next.startMs, next.endMs) ? next : null;
}
