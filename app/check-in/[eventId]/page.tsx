import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ScanStation } from "@/components/checkin/scan-station";
import { IntlIsland } from "@/components/i18n/intl-island";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/pick-text";
import { formatInZone } from "@/lib/time/format";
import { getScanStation } from "@/server/checkin/get-scan-station";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { checkInAction, searchRegistrantsAction, undoCheckInAction } from "./actions";

type Props = { params: Promise<{ eventId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkin.scan"))("title") };
}

/** The steward's scan page: their venues of the event; "not found" for anyone who is neither steward nor organizer there. */
export default async function ScanPage({ params }: Props) {
  const { eventId } = await params;
  const here = `/check-in/${encodeURIComponent(eventId)}`;
  const station = pageData(await getScanStation(await pageActor(here), eventId), here);
  const t = await getTranslations("checkin.scan");
  const locale = (await getLocale()) as Locale;
  const title = pickText(station.event.title, locale, station.event.languages);
  const pick = (text: Parameters<typeof pickText>[0]) => pickText(text, locale, station.event.languages).text;
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-5 sm:space-y-8 sm:px-6 sm:py-10 lg:px-8">
      <PageHeader eyebrow={title.text} title={t("title")} />
      <IntlIsland namespaces={["checkin"]}>
        <ScanStation
          eventId={eventId}
          languages={station.event.languages}
          venues={station.venues.map((v) => ({
            id: v.id,
            label: pick(v.name),
            // The session's start in the venue's own time, with its offset: "10:00 UTC+9 Opening plenary".
            sessions: v.sessions.map((x) => ({
              id: x.id,
              label: `${formatInZone(x.startsAt, v.timeZone, locale, "time")} ${pick(x.title)}`,
            })),
          }))}
          actions={{ checkIn: checkInAction, undo: undoCheckInAction, search: searchRegistrantsAction }}
        />
      </IntlIsland>
    </div>
  );
}
