import { DateTime, IANAZone } from "luxon";
import { formatOffset } from "./local-clock";

// Time-zone labels. Accord labels every shown time with its UTC offset ("UTC+8"), computed
// for that instant so daylight saving is right, and, where the caller knows it, the venue's
// city ("10:00 UTC+8 · Jinan"). We do not use abbreviations: "CST" is China Standard Time
// and US Central Standard Time, and browsers render many zones as "GMT+8" anyway. We do
// not derive the city from the IANA id either: Jinan's zone is Asia/Shanghai.

// Luxon's isValidZone builds an Intl.DateTimeFormat on every call, and every time a page shows
// checks its zone: that was 8 % of a public page's server time under load. Zones the runtime
// knows are remembered (a few hundred at most); names it does not know are checked again,
// so a stream of made-up names cannot grow this.
const knownZones = new Set<string>();

/** True for an IANA zone name the runtime knows ("Asia/Tokyo"); false for "", "JST", "Mars/Base". */
export function isValidTimeZone(zone: unknown): zone is string {
  if (typeof zone !== "string" || (!zone.includes("/") && zone !== "UTC")) return false;
  if (knownZones.has(zone)) return true;
  if (!IANAZone.isValidZone(zone)) return false;
  knownZones.add(zone);
  return true;
}

/** The zone's offset from UTC in minutes at the given instant. */
export function zoneOffsetMinutes(zone: string, at: Date | number = Date.now()): number {
  assertZone(zone);
  return IANAZone.create(zone).offset(typeof at === "number" ? at : at.getTime());
}

/** Formats an offset in minutes: 480 → "UTC+8", 330 → "UTC+5:30", -240 → "UTC-4", 0 → "UTC+0". */
export { formatOffset };

/** "UTC+8" for Asia/Shanghai; the offset in force at `at` (defaults to now). */
export function zoneOffsetLabel(zone: string, at: Date | number = Date.now()): string {
  return formatOffset(zoneOffsetMinutes(zone, at));
}

export function assertZone(zone: string): void {
  if (!isValidTimeZone(zone)) throw new RangeError(`Unknown time zone "${zone}"; use an IANA name such as "Asia/Tokyo"`);
}

/** A luxon DateTime for the instant in the zone (internal helper shared by the time modules). */
export function inZone(instant: Date | number | string, zone: string): DateTime {
  assertZone(zone);
  const ms = instant instanceof Date ? instant.getTime() : typeof instant === "number" ? instant : Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not a valid instant: ${String(instant)}`);
  return DateTime.fromMillis(ms, { zone });
}
