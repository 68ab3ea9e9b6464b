import type { Locale } from "../i18n/locales.ts";

// Search over the generated zone table (lib/time/zone-table.json, `npm run zones:generate`)
// for the time-zone picker: by city or country in English, Chinese or Japanese, or by IANA
// name. Pure code: the picker loads the table lazily and calls this in the browser.

export type ZoneRow = { id: string; country: string | null; city: [string, string, string]; also?: [string, string, string][] };
export type ZoneOption = { id: string; city: string; country: string; offset: string; label: string };

const LANGS = ["en", "zh", "ja"] as const;
const cityIndex = (locale: Locale) => LANGS.indexOf(locale);

type DisplayNamesLike = { of(code: string): string | undefined };
const regionNames = new Map<string, DisplayNamesLike | null>();
function regionName(code: string, locale: string): string {
  if (!regionNames.has(locale)) {
    try {
      regionNames.set(locale, new Intl.DisplayNames([locale], { type: "region" }));
    } catch {
      regionNames.set(locale, null);
    }
  }
  return regionNames.get(locale)?.of(code) ?? code;
}

/** "UTC+9", "UTC−3:30", "UTC" for a zone at an instant, from the platform's own tz data. */
export function utcOffsetLabel(zone: string, at: Date = new Date()): string {
  const part =
    new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "shortOffset" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const label = part.replace("GMT", "UTC").replace("-", "−");
  return label === "UTC+0" ? "UTC" : label;
}

/** How a zone reads in the reader's language: "Tokyo, Japan (UTC+9)". */
export function zoneOption(row: ZoneRow, locale: Locale, at?: Date): ZoneOption {
  const city = row.city[cityIndex(locale)] || row.city[0];
  const country = row.country ? regionName(row.country, locale) : "";
  const offset = utcOffsetLabel(row.id, at);
  const sep = locale === "en" ? ", " : "，";
  return { id: row.id, city, country, offset, label: `${city}${country ? `${sep}${country}` : ""} (${offset})` };
}

const norm = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[_\s]+/g, " ")
    .trim();

/** The words a zone is found by: its id, cities and country in every language. */
function haystack(row: ZoneRow): string[] {
  const words = [row.id, row.id.replace(/_/g, " "), ...row.city, ...(row.also ?? []).flat()];
  if (row.country) for (const l of LANGS) words.push(regionName(row.country, l));
  return words.map(norm);
}

const cache = new WeakMap<ZoneRow, string[]>();

/**
 * Zones matching `query`, best first: a word that starts with the query beats one that only
 * contains it; ties keep the table's order. An empty query lists nothing (the list is long).
 */
export function searchZones(table: readonly ZoneRow[], query: string, locale: Locale, limit = 12, at?: Date): ZoneOption[] {
  const q = norm(query);
  if (!q) return [];
  const scored: { row: ZoneRow; score: number }[] = [];
  for (const row of table) {
    let words = cache.get(row);
    if (!words) cache.set(row, (words = haystack(row)));
    let score = 0;
    for (const w of words) {
      if (w === q) score = Math.max(score, 3);
      else if (w.startsWith(q) || w.split(/[ /]/).some((part) => part.startsWith(q))) score = Math.max(score, 2);
      else if (w.includes(q)) score = Math.max(score, 1);
    }
    if (score > 0) scored.push({ row, score });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ row }) => zoneOption(row, locale, at));
}

/** The row of an exact IANA name (case-insensitive), for a name typed or pasted in full. */
export function findZone(table: readonly ZoneRow[], id: string): ZoneRow | undefined {
  const q = id.trim().toLowerCase();
  return table.find((r) => r.id.toLowerCase() === q);
}
