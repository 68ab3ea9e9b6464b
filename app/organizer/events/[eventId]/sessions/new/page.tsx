import { getLocale, getTranslations } from "next-intl/server";
import { EventNav } from "@/components/organizer/event-nav";
import { textPicker } from "@/components/organizer/pick";
import { SessionForm } from "@/components/organizer/session-form";
import { sessionOptions } from "@/components/organizer/session-options";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { getEventForEditing } from "@/server/organizer/events/get-event-for-editing";
import { listPeople } from "@/server/organizer/people/list-people";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { createSessionAction } from "../actions";
import { eventPageMetadata } from "@/server/organizer/events/event-page-metadata";

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<{ venueId?: string; start?: string }> };

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export const generateMetadata = eventPageMetadata("organizer.session.newTitle");

/** New session; the timetable links here with the slot's venue and local start time prefilled. */
export default async function NewSessionPage({ params, searchParams }: Props) {
  const { eventId } = await params;
  const { venueId, start } = await searchParams;
  const here = `/organizer/events/${eventId}/sessions/new`;
  const actor = await pageActor(here);
  const event = pageData(await getEventForEditing(actor, { eventId }), here);
  const people = pageData(await listPeople(actor, { organizationId: event.organizationId }), here);
  const t = await getTranslations("organizer");
  const text = textPicker((await getLocale()) as Locale, event.languages);
  const host = event.venues.find((v) => v.id === venueId) ?? event.venues[0];
  const startLocal = start && LOCAL.test(start) ? start : `${event.startDate}T10:00`;
  const endLocal = new Date(Date.parse(`${startLocal}:00Z`) + 3_600_000).toISOString().slice(0, 16);
  return (
    <>
      <EventNav eventId={eventId} current="sessions" />
      <PageHeader eyebrow={text(event.title)} title={t("session.newTitle")} />
      {event.venues.length === 0 ? (
        <p className="text-stone-600">{t("timetable.noVenues")}</p>
      ) : (
        <SessionForm
          action={createSessionAction}
          {...sessionOptions(event, people, text)}
          initial={{ eventId, type: "PLENARY", hostVenueId: host?.id ?? "", startLocal, endLocal, language: event.languages[0] ?? "en" }}
        />
      )}
    </>
  );
}
