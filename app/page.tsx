import { getTranslations } from "next-intl/server";
import { EventList } from "@/components/events/event-list";
import { HomeHero } from "@/components/events/home-hero";
import { listPublishedEvents } from "@/server/events/list-published-events";

// Published events change as organizers work; render per request.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [events, t] = await Promise.all([listPublishedEvents(), getTranslations("home")]);
  return (
    <>
      <HomeHero />
      <section aria-labelledby="events-heading" className="mx-auto max-w-6xl px-4 pt-14 sm:px-6 lg:px-8">
        <div className="mb-8 space-y-2">
          <h2 id="events-heading" className="text-2xl font-bold tracking-tight text-stone-900">{t("eventsHeading")}</h2>
          <p className="text-stone-600">{t("eventsIntro")}</p>
        </div>
        <EventList events={events} />
      </section>
    </>
  );
}
