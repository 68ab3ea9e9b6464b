import { getTranslations } from "next-intl/server";
import { zoneOffsetLabel } from "@/lib/time/zones";
import { htmlLang } from "@/lib/i18n/html-lang";
import type { Locale } from "@/lib/i18n/locales";
import { middayOf, venuePlace } from "./venue-label";

/** "Jinan UTC+8 · Tokyo UTC+9 · Osaka UTC+9 · Online": where and in which zones an event runs. */
export async function VenueZones({
  venues,
  locale,
  languages,
  date,
}: {
  venues: { kind: "PHYSICAL" | "ONLINE"; city: unknown; timeZone: string }[];
  locale: Locale;
  languages: readonly string[];
  date: string;
}) {
  const t = await getTranslations("venue");
  const at = middayOf(date);
  return (
    <ul className="flex flex-wrap gap-x-1 gap-y-1.5 text-sm text-stone-700">
      {venues.map((venue, i) => {
        const place = venuePlace(venue, locale, languages, t("online"));
        return (
          <li key={i} className="flex items-center gap-1">
            {i > 0 && (
              <span aria-hidden className="px-1 text-stone-400">
                ·
              </span>
            )}
            <span lang={htmlLang(place.lang)} className="font-medium text-stone-900">
              {place.text}
            </span>
            {venue.kind === "PHYSICAL" && (
              <span className="rounded bg-stone-100 px-1.5 py-px font-mono text-xs text-stone-600 tabular-nums">
                {zoneOffsetLabel(venue.timeZone, at)}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
