import { getTranslations } from "next-intl/server";
import { htmlLang } from "@/lib/i18n/html-lang";
import { formatInZoneParts } from "@/lib/time/format";
import { utcToLocal } from "@/lib/time/convert";
import type { PublicEvent } from "@/server/events/get-public-event";
import { contentContext } from "./content-context";
import { venuePlace } from "./venue-label";

/**
 * The opening session's start as a wall clock in every venue's zone, side by side, so
 * Jinan's 10:00 and Tokyo's 11:00 read as one moment. The host venue comes first.
 */
export async function LocalTimesStrip({ event }: { event: PublicEvent }) {
  const t = await getTranslations("event");
  const tv = await getTranslations("venue");
  const { locale, pick } = await contentContext(event.languages);
  const opening = event.opening;
  if (!opening || event.venues.length === 0) {
    return (
      <section aria-labelledby="local-times-heading" className="rounded-2xl border border-dashed border-stone-300 p-6 sm:p-8">
        <h2 id="local-times-heading" className="text-lg font-bold text-stone-900">
          {t("localTimesHeading")}
        </h2>
        <p className="mt-2 text-stone-600">{t("localTimesNoAgenda")}</p>
      </section>
    );
  }
  const hostDate = utcToLocal(opening.startsAt, zoneOfHost(event)).slice(0, 10);
  return (
    <section aria-labelledby="local-times-heading" className="rounded-2xl bg-brand-900 p-6 text-white shadow-sm sm:p-8">
      <h2 id="local-times-heading" className="text-lg font-bold">
        {t("localTimesHeading")}
      </h2>
      <p className="mt-2 text-brand-100">{t("localTimesIntro", { session: pick(opening.title).text })}</p>
      <ol className="mt-6 grid grid-cols-[repeat(auto-fit,minmax(11rem,1fr))] gap-3">
        {orderedVenues(event).map((venue) => {
          const place = venuePlace(venue, locale, event.languages, tv("online"));
          const localDate = utcToLocal(opening.startsAt, venue.timeZone).slice(0, 10);
          const time = formatInZoneParts(opening.startsAt, venue.timeZone, locale, "time");
          const day = formatInZoneParts(opening.startsAt, venue.timeZone, locale, "date");
          const shift = localDate === hostDate ? null : localDate > hostDate ? t("nextDay") : t("previousDay");
          return (
            <li key={venue.id} className="rounded-xl bg-white/10 px-5 py-4 ring-1 ring-white/15">
              <p className="flex items-center justify-between gap-2 text-sm font-semibold text-brand-100">
                <span lang={htmlLang(place.lang)}>{place.text}</span>
                {venue.id === opening.hostVenueId && (
                  <span className="rounded-full bg-white/15 px-2 py-px text-xs font-medium text-white">{t("hostVenue")}</span>
                )}
              </p>
              <p className="mt-1 text-3xl font-bold tabular-nums">{time.wall}</p>
              <p className="mt-1 text-sm text-brand-100">
                <span className="font-mono font-semibold text-white">{time.offset}</span>
                <span> · {day.wall}</span>
                {shift && <span className="ml-2 rounded bg-amber-300 px-1.5 py-px text-xs font-semibold text-amber-950">{shift}</span>}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function zoneOfHost(event: PublicEvent): string {
  return event.venues.find((v) => v.id === event.opening?.hostVenueId)?.timeZone ?? event.primaryTimeZone;
}

function orderedVenues(event: PublicEvent) {
  const host = event.venues.find((v) => v.id === event.opening?.hostVenueId);
  return host ? [host, ...event.venues.filter((v) => v !== host)] : event.venues;
}
