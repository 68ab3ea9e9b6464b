import { getLocale, getTranslations } from "next-intl/server";
import { EventForm } from "@/components/organizer/event-form";
import { EventNav } from "@/components/organizer/event-nav";
import { checked, localizedValues } from "@/components/organizer/initial-values";
import { textPicker } from "@/components/organizer/pick";
import { StatusButtons } from "@/components/organizer/status-buttons";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { formatCalendarRange } from "@/lib/time/format";
import { getEventForEditing } from "@/server/organizer/events/get-event-for-editing";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { changeEventStatusAction, updateEventAction } from "../actions";
import { eventPageMetadata } from "@/server/organizer/events/event-page-metadata";

type Props = { params: Promise<{ eventId: string }> };

export const generateMetadata = eventPageMetadata("organizer.nav.overview");

export default async function EventOverviewPage({ params }: Props) {
  const { eventId } = await params;
  const here = `/organizer/events/${eventId}`;
  const event = pageData(await getEventForEditing(await pageActor(here), { eventId }), here);
  const t = await getTranslations("organizer");
  const locale = (await getLocale()) as Locale;
  const text = textPicker(locale, event.languages);
  return (
    <>
      <EventNav eventId={eventId} current="overview" slug={event.slug} />
      <PageHeader
        eyebrow={
          <>
            <Badge>{t(`status.${event.status}`)}</Badge> <span>{text(event.organizationName)}</span>
          </>
        }
        title={text(event.title)}
        lead={`${formatCalendarRange(event.startDate, event.endDate, locale)} · ${event.primaryTimeZone}`}
      />
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("event.statusHeading")}</h2>
        <StatusButtons action={changeEventStatusAction} eventId={event.id} version={event.version} actions={event.allowedActions} />
      </Card>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">{t("event.editTitle")}</h2>
        <EventForm
          action={updateEventAction}
          initial={{
            eventId: event.id,
            version: String(event.version),
            slug: event.slug,
            ...localizedValues("title", event.title),
            ...localizedValues("subtitle", event.subtitle),
            ...localizedValues("description", event.description),
            ...localizedValues("sideAName", event.sideAName),
            ...localizedValues("sideBName", event.sideBName),
            "languages[]": event.languages,
            primaryTimeZone: event.primaryTimeZone,
            startDate: event.startDate,
            endDate: event.endDate,
            streamLinksPublic: checked(event.streamLinksPublic),
            videosPublic: checked(event.videosPublic),
            publicSignUp: checked(event.publicSignUp),
          }}
        />
      </Card>
    </>
  );
}
