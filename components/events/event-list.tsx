import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { PublishedEventCard } from "@/server/events/list-published-events";
import { EventCard } from "./event-card";

export async function EventList({ events }: { events: PublishedEventCard[] }) {
  const t = await getTranslations("home");
  if (events.length === 0) {
    return (
      <Card className="border-dashed py-14 text-center shadow-none">
        <p className="text-lg font-semibold text-stone-900">{t("emptyTitle")}</p>
        <p className="mt-2 text-stone-600">{t("emptyBody")}</p>
      </Card>
    );
  }
  return (
    <ul className="grid gap-6 md:grid-cols-2">
      {events.map((event) => (
        <li key={event.slug}>
          <EventCard event={event} />
        </li>
      ))}
    </ul>
  );
}
