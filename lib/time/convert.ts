import { DateTime, IANAZone } from "luxon";
import { assertZone, formatOffset, inZone } from "./zones.ts";

// Conversions between a wall-clock time at a venue ("2020-07-30T10:00" in Asia/Shanghai)
// and the UTC instant stored in the database.

export class NonexistentLocalTimeError extends Error {
  constructor(
    readonly localIso: string,
    readonly zone: string,
  ) {
    super(`${localIso} does not exist in ${zone}: the clocks jump forward over it (daylight saving). Choose a time outside the gap.`);
    this.name = "NonexistentLocalTimeError";
  }
}

export interface LocalToUtcResult {
  utc: Date;
  /** The offset applied, e.g. "UTC-4". */
  offsetLabel: string;
  /** True when the wall time occurs twice (clocks fall back); the earlier instant was chosen. */
  ambiguous: boolean;
  /** A sentence for the UI when `ambiguous` is true; null otherwise. */
  note: string | null;
}

const LOCAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

/**
 * Converts a wall-clock time without offset ("YYYY-MM-DDTHH:mm[:ss]") in `zone` to UTC.
 * Throws NonexistentLocalTimeError for times skipped by a DST gap. For times repeated by a
 * fall-back transition it picks the earlier instant and reports `ambiguous: true`.
 */
export function localToUtc(localIso: string, zone: string): LocalToUtcResult {
  assertZone(zone);
  if (!LOCAL_ISO.test(localIso)) throw new RangeError(`Expected a local date-time like 2020-07-30T10:00, got "${localIso}"`);
  const wall = DateTime.fromISO(localIso, { zone: "UTC" });
  if (!wall.isValid) throw new RangeError(`Not a valid date-time: "${localIso}"`);
  const wallMs = wall.toMillis(); // the wall time read as if it were UTC
  const tz = IANAZone.create(zone);
  // Any offset in force near this wall time is one of the offsets a day before or after.
  const offsets = new Set([tz.offset(wallMs - 86_400_000), tz.offset(wallMs), tz.offset(wallMs + 86_400_000)]);
  const candidates = [...offsets]
    .map((offset) => wallMs - offset * 60_000)
    .filter((utcMs) => utcMs + tz.offset(utcMs) * 60_000 === wallMs)
    .sort((a, b) => a - b);
  if (candidates.length === 0) throw new NonexistentLocalTimeError(localIso, zone);
  const utcMs = candidates[0];
  const offsetLabel = formatOffset(tz.offset(utcMs));
  const ambiguous = candidates.length > 1;
  return {
    utc: new Date(utcMs),
    offsetLabel,
    ambiguous,
    note: ambiguous ? `${localIso} occurs twice in ${zone} (clocks fall back); using the first occurrence, ${offsetLabel}.` : null,
  };
}

/** The wall-clock time of an instant in `zone` as "YYYY-MM-DDTHH:mm" (the datetime-local input format). */
export function utcToLocal(instant: Date | number | string, zone: string): string {
  assertZone(zone);
  return inZone(instant, zone).toFormat("yyyy-MM-dd'T'HH:mm");
}
