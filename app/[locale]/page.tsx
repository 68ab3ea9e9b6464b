import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EventList } from "@/components/events/event-list";
import { HomeHero } from "@/components/events/home-hero";
import { splitByLifecycle } from "@/lib/events/lifecycle";
import type { Locale } from "@/lib/i18n/locales";
import { localeAlternates } from "@/lib/i18n/public-paths";
import { cachedPublishedEvents } from "@/server/public-cache/cached-public-reads";

// Rendered per request (the header shows who is signed in); the event list comes from
// Next's cache, expired by every organizer write (server/public-cache/).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { alternates: localeAlternates((await getLocale()) as Locale, "/") };
}

export default async function HomePage() {
  const [events, t] = await Promise.all([cachedPublishedEvents(), getTranslations("home")]);
  const { current, past } = splitByLifecycle(events);
  return (
    <>
      <HomeHero />
      <section aria-labelledby="events-heading" className="mx-auto max-w-6xl px-4 pt-14 sm:px-6 lg:px-8">
        <div className="mb-8 space-y-2">
          <h2 id="events-heading" className="text-2xl font-bold tracking-tight text-stone-900">
            {t("eventsHeading")}
          </h2>
          <p className="text-stone-600">{t("eventsIntro")}</p>
        </div>
        {events.length === 0 ? (
          <EventList events={events} />
        ) : (
          <div className="space-y-10">
            <section aria-labelledby="upcoming-heading" data-testid="upcoming-events" className="space-y-4">
              <h3 id="upcoming-heading" className="text-xl font-semibold text-stone-900">
                {t("upcomingHeading")}
              </h3>
              {current.length > 0 ? <EventList events={current} /> : <p className="text-stone-600">{t("noUpcoming")}</p>}
            </section>
            {past.length > 0 && (
              <section aria-labelledby="past-heading" data-testid="past-events" className="space-y-4">
                <h3 id="past-heading" className="text-xl font-semibold text-stone-900">
                  {t("pastHeading")}
                </h3>
                <EventList events={past} />
              </section>
            )}
          </div>
        )}
      </section>
    </>
  );
}
