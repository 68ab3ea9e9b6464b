import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { htmlLang } from "@/lib/i18n/html-lang";
import { zoneOffsetLabel } from "@/lib/time/zones";
import type { PublicEvent } from "@/server/events/get-public-event";
import { contentContext } from "./content-context";
import { Localized } from "./localized";
import { middayOf, venuePlace } from "./venue-label";

/** Each venue with its city, country, kind, capacity and local time zone. */
export async function VenueList({ event }: { event: PublicEvent }) {
  const t = await getTranslations("event");
  const tv = await getTranslations("venue");
  const { locale, labels, pick } = await contentContext(event.languages);
  const regions = new Intl.DisplayNames([locale], { type: "region" });
  const at = event.opening?.startsAt ?? middayOf(event.startDate);
  return (
    <section aria-labelledby="venues-heading" className="space-y-6">
      <div className="space-y-2">
        <h2 id="venues-heading" className="text-2xl font-bold tracking-tight text-stone-900">
          {t("venuesHeading")}
        </h2>
        <p className="max-w-3xl text-stone-600">{t("venuesIntro")}</p>
      </div>
      {event.venues.length === 0 ? (
        <p className="text-stone-600">{t("noVenues")}</p>
      ) : (
        <ul className="grid grid-cols-[repeat(auto-fit,minmax(15rem,1fr))] gap-5">
          {event.venues.map((venue) => {
            // Online channels have no city: their own name is the heading.
            const name = pick(venue.name);
            const place =
              venue.kind === "ONLINE" && !pick(venue.city).text && name.text
                ? name
                : venuePlace(venue, locale, event.languages, tv("online"));
            const showName = place !== name && name.text;
            return (
              <li key={venue.id}>
                <Card className="flex h-full flex-col gap-4">
                  <div className="flex items-start justify-between gap-3">
                    <h3 lang={htmlLang(place.lang)} className="text-xl font-bold text-stone-900">
                      {place.text}
                    </h3>
                    <Badge tone={venue.kind === "ONLINE" ? "brand" : "neutral"}>{tv(venue.kind)}</Badge>
                  </div>
                  {showName && (
                    <p className="text-stone-700">
                      <Localized picked={name} labels={labels} />
                    </p>
                  )}
                  <dl className="mt-auto grid grid-cols-2 gap-x-4 gap-y-3 border-t border-stone-100 pt-4 text-sm">
                    <div className="col-span-2">
                      <dt className="text-xs text-stone-500">{tv("timeZone")}</dt>
                      <dd className="mt-0.5 text-stone-900">
                        <span className="font-mono font-semibold">{zoneOffsetLabel(venue.timeZone, at)}</span>
                        <span className="text-stone-500"> · {venue.timeZone}</span>
                      </dd>
                    </div>
                    {venue.country && (
                      <div>
                        <dt className="text-xs text-stone-500">{tv("country")}</dt>
                        <dd className="mt-0.5 text-stone-900">{regions.of(venue.country) ?? venue.country}</dd>
                      </div>
                    )}
                    <div>
                      <dt className="text-xs text-stone-500">{tv("capacityLabel")}</dt>
                      <dd className="mt-0.5 text-stone-900">
                        {venue.capacity != null ? tv("capacity", { count: venue.capacity }) : tv("capacityUnset")}
                      </dd>
                    </div>
                  </dl>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
