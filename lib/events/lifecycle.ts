import { DateTime } from "luxon";

// An event is over once its last day has ended in every one of its venues' time zones (the
// westernmost venue finishes last). Published and live events past that moment read as
// CONCLUDED everywhere (registration closed, tally final) without anyone having to press
// "Conclude": the status is computed when read, so no job has to run on time.

/** The moment the event's last day ends in the last of `zones` (its venues', or its primary zone). */
export function eventEndsAt(endDate: Date | string, zones: string[]): Date {
  const day = typeof endDate === "string" ? endDate.slice(0, 10) : endDate.toISOString().slice(0, 10);
  const ends = [...zones, "UTC"]
    .map((zone) => DateTime.fromISO(day, { zone }).plus({ days: 1 }).toMillis())
    .filter((ms) => Number.isFinite(ms));
  // UTC joins the zones only as a fallback for an unknown zone name: drop it when a real zone is there.
  const real = zones.map((zone) => DateTime.fromISO(day, { zone }).plus({ days: 1 }).toMillis()).filter((ms) => Number.isFinite(ms));
  return new Date(Math.max(...(real.length > 0 ? real : ends)));
}

/** The status to show and enforce: PUBLISHED or LIVE become CONCLUDED after the last day. */
export function effectiveEventStatus<S extends string>(
  status: S,
  endDate: Date | string,
  zones: string[],
  now: Date = new Date(),
): S | "CONCLUDED" {
  if ((status === "PUBLISHED" || status === "LIVE") && now.getTime() >= eventEndsAt(endDate, zones).getTime()) return "CONCLUDED";
  return status;
}

/** Upcoming and live events first (soonest first), then past ones (latest first). */
export function splitByLifecycle<E extends { status: string; startDate: string }>(events: E[]): { current: E[]; past: E[] } {
  const past = events.filter((e) => e.status === "CONCLUDED").sort((a, b) => b.startDate.localeCompare(a.startDate));
  const current = events.filter((e) => e.status !== "CONCLUDED").sort((a, b) => a.startDate.localeCompare(b.startDate));
  return { current, past };
}
