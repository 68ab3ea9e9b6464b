import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { localizedPath } from "@/lib/i18n/public-paths";
import { formatCalendarRange } from "@/lib/time/format";
import type { PublishedEventCard } from "@/server/events/list-published-events";
import { contentContext } from "./content-context";
import { Localized } from "./localized";
import { StatusBadge } from "./status-badge";
import { VenueZones } from "./venue-zones";

/** One published event on the home page; the title link covers the whole card. */
export async function EventCard({ event }: { event: PublishedEventCard }) {
  const t = await getTranslations("home");
  const { locale, labels, pick } = await contentContext(event.languages);
  const subtitle = pick(event.subtitle);
  return (
    <Card as="article" interactive className="relative flex h-full flex-col gap-5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
        <StatusBadge status={event.status} />
        <time dateTime={event.startDate} className="font-medium text-stone-600">
          {formatCalendarRange(event.startDate, event.endDate, locale)}
        </time>
      </div>
      <div className="space-y-2">
        <h3 className="text-xl leading-snug font-bold text-stone-900 sm:text-2xl">
          <Link
            href={localizedPath(locale, `/events/${event.slug}`)}
            className={cx("after:absolute after:inset-0 after:rounded-2xl focus:outline-none hover:text-brand-700")}
          >
            <Localized picked={pick(event.title)} labels={labels} />
          </Link>
        </h3>
        {subtitle.text && (
          <p className="leading-relaxed text-stone-600">
            <Localized picked={subtitle} labels={labels} />
          </p>
        )}
      </div>
      <div className="mt-auto space-y-3 border-t border-stone-100 pt-4">
        <VenueZones venues={event.venues} locale={locale} languages={event.languages} date={event.startDate} />
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600">
          <span>{t("sessionCount", { count: event.sessionCount })}</span>
          {event.agreementCount > 0 && <span>{t("agreementCount", { count: event.agreementCount })}</span>}
        </p>
      </div>
    </Card>
  );
}
