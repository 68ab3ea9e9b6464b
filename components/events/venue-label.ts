import { pickText, type PickedText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";

/** A venue's place name: its city, else (online channels) the word "Online", else its name. */
export function venuePlace(
  venue: { kind: "PHYSICAL" | "ONLINE"; city: unknown; name?: unknown },
  locale: Locale,
  languages: readonly string[],
  onlineLabel: string,
): PickedText {
  const city = pickText(venue.city, locale, languages);
  if (city.text) return city;
  if (venue.kind === "ONLINE") return { text: onlineLabel, lang: locale, isFallback: false };
  return pickText(venue.name, locale, languages);
}

/** The instant to compute venue offsets at for a day-long view: noon UTC of that date. */
export function middayOf(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}
