import type { DateTimeFormatOptions } from "luxon";
import { formatOffset, inZone } from "./zones.ts";

// Every time Accord shows carries its zone: "10:00 UTC+8 · Jinan". See zones.ts for why
// offsets and city names rather than abbreviations.

export type TimeStyle = "time" | "date" | "dateTime" | "long";

const STYLES: Record<TimeStyle, DateTimeFormatOptions> = {
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  date: { year: "numeric", month: "short", day: "numeric", weekday: "short" },
  dateTime: { year: "numeric", month: "short", day: "numeric", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  long: { year: "numeric", month: "long", day: "numeric", weekday: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
};

export interface FormatInZoneOptions {
  /** The venue's city (already in the reader's language), appended after the offset. */
  place?: string;
}

export interface ZonedParts {
  /** The wall-clock text in the reader's language, e.g. "10:00" or "Thu, Jul 30, 2020". */
  wall: string;
  /** The UTC offset in force at that instant, e.g. "UTC+8". */
  offset: string;
}

/** The two halves of formatInZone, for layouts that set the offset apart; show both. */
export function formatInZoneParts(
  instant: Date | number | string,
  zone: string,
  locale: string,
  style: TimeStyle = "dateTime",
): ZonedParts {
  const dt = inZone(instant, zone).setLocale(locale);
  return { wall: dt.toLocaleString(STYLES[style]), offset: formatOffset(dt.offset) };
}

/**
 * Formats an instant as seen in `zone`, always followed by the UTC offset in force then,
 * and the place when given: "10:00 UTC+8 · Jinan", "2020年7月30日周四 10:00 UTC+8".
 */
export function formatInZone(
  instant: Date | number | string,
  zone: string,
  locale: string,
  style: TimeStyle = "dateTime",
  options: FormatInZoneOptions = {},
): string {
  const { wall, offset } = formatInZoneParts(instant, zone, locale, style);
  return [`${wall} ${offset}`, options.place].filter(Boolean).join(" · ");
}

/** A calendar date ("2020-07-30", no zone involved) in the reader's language: "30 Jul 2020". */
export function formatCalendarDate(isoDate: string, locale: string, style: "short" | "long" = "long"): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: style === "long" ? "long" : "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/**
 * A range of calendar dates in the reader's language: "July 30 – 31, 2020",
 * "2020年7月30日–31日", "2020年7月30日～31日". CJK ranges are built by hand because some ICU
 * builds (Node's among them) fall back to "2020/07/30～2020/07/31" for them.
 */
export function formatCalendarRange(startIso: string, endIso: string, locale: string): string {
  if (startIso === endIso) return formatCalendarDate(startIso, locale);
  const lang = locale.toLowerCase().split("-")[0];
  if (lang === "zh" || lang === "ja") {
    const dash = lang === "ja" ? "～" : "–";
    const [y1, m1] = startIso.split("-").map(Number);
    const [y2, m2, d2] = endIso.split("-").map(Number);
    const start = formatCalendarDate(startIso, locale);
    if (y1 === y2 && m1 === m2) return `${start}${dash}${d2}日`;
    if (y1 === y2) return `${start}${dash}${m2}月${d2}日`;
    return `${start}${dash}${formatCalendarDate(endIso, locale)}`;
  }
  const toDate = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  };
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).formatRange(
    toDate(startIso),
    toDate(endIso),
  );
}
