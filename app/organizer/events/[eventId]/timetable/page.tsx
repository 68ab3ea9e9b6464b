import { getLocale, getTranslations } from "next-intl/server";
import { EventNav } from "@/components/organizer/event-nav";
import { textPicker } from "@/components/organizer/pick";
import { TimetableGrid } from "@/components/organizer/timetable-grid";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { can } from "@/server/access/policy";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { getTimetable } from "@/server/organizer/timetable/get-timetable";
import { eventPageMetadata } from "@/server/organizer/events/event-page-metadata";
import { rescheduleSessionAction } from "./actions";

type Props = { params: Promise<{ eventId: string }> };

export const generateMetadata = eventPageMetadata("organizer.nav.timetable");

export default async function TimetablePage({ params }: Props) {
  const { eventId } = await params;
  const here = `/organizer/events/${eventId}/timetable`;
  const actor = await pageActor(here);
  const timetable = pageData(await getTimetable(actor, { eventId }), here);
  // Viewers read the grid; only those who may change the programme get the move controls.
  const mayMove = can(actor, "programme.manage", { organizationId: timetable.event.organizationId });
  const t = await getTranslations("organizer");
  const text = textPicker((await getLocale()) as Locale, timetable.event.languages);
  return (
    <>
      <EventNav eventId={eventId} current="timetable" />
      <PageHeader
        eyebrow={text(timetable.event.title)}
        title={t("timetable.title")}
        lead={t("timetable.lead")}
        actions={<ButtonLink href={`/organizer/events/${eventId}/sessions/new`}>{t("session.add")}</ButtonLink>}
      />
      {timetable.columns.length === 0 ? (
        <p className="text-stone-600">{t("timetable.noVenues")}</p>
      ) : (
        <TimetableGrid timetable={timetable} text={text} action={mayMove ? rescheduleSessionAction : undefined} />
      )}
    </>
  );
}
