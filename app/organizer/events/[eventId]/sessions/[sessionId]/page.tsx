import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DeleteForm } from "@/components/organizer/delete-form";
import { EventNav } from "@/components/organizer/event-nav";
import { localizedValues, str } from "@/components/organizer/initial-values";
import { textPicker } from "@/components/organizer/pick";
import { SessionForm } from "@/components/organizer/session-form";
import { sessionOptions } from "@/components/organizer/session-options";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { getEventForEditing } from "@/server/organizer/events/get-event-for-editing";
import { listPeople } from "@/server/organizer/people/list-people";
import { getSessionForEditing } from "@/server/organizer/sessions/get-session-for-editing";
import { listSessionAgreements } from "@/server/agreements/list-session-agreements";
import { SessionAgreementList } from "@/components/agreements/session-agreement-list";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { deleteSessionAction, updateSessionAction } from "../actions";
import { eventPageMetadata } from "@/server/organizer/events/event-page-metadata";

type Props = { params: Promise<{ eventId: string; sessionId: string }> };

export const generateMetadata = eventPageMetadata("organizer.session.editTitle");

export default async function EditSessionPage({ params }: Props) {
  const { eventId, sessionId } = await params;
  const here = `/organizer/events/${eventId}/sessions/${sessionId}`;
  const actor = await pageActor(here);
  const session = pageData(await getSessionForEditing(actor, { sessionId }), here);
  if (session.eventId !== eventId) notFound();
  const event = pageData(await getEventForEditing(actor, { eventId }), here);
  const people = pageData(await listPeople(actor, { organizationId: event.organizationId }), here);
  const agreements = pageData(await listSessionAgreements(actor, { sessionId }), here);
  const t = await getTranslations("organizer");
  const locale = (await getLocale()) as Locale;
  const text = textPicker(locale, event.languages);
  return (
    <>
      <EventNav eventId={eventId} current="sessions" />
      <PageHeader
        eyebrow={text(event.title)}
        title={t("session.editTitle")}
        lead={`${text(session.title)} · ${session.hostTimeZone} (${session.hostOffsetLabel})`}
      />
      <SessionForm
        action={updateSessionAction}
        {...sessionOptions(event, people, text)}
        initial={{
          eventId,
          sessionId,
          version: String(session.version),
          type: session.type,
          ...localizedValues("title", session.title),
          ...localizedValues("abstract", session.abstract),
          startLocal: session.startLocal,
          endLocal: session.endLocal,
          hostVenueId: session.hostVenueId,
          "relayVenueIds[]": session.relayVenueIds,
          trackId: str(session.trackId),
          language: session.language,
          "interpretation[]": session.interpretation,
          streamUrl: str(session.streamUrl),
          "speakerIds[]": session.speakerIds,
          "moderatorIds[]": session.moderatorIds,
          "hostIds[]": session.hostIds,
        }}
      />
      <SessionAgreementList
        agreements={agreements}
        locale={locale}
        languages={event.languages}
        text={{
          title: t("session.agreementsTitle"),
          count: t("session.agreementsCount", { count: agreements.length }),
          none: t("session.agreementsNone"),
        }}
        hrefOf={(id) => `/organizer/events/${eventId}/agreements/${id}`}
      />
      <DeleteForm
        action={deleteSessionAction}
        fields={{ eventId, sessionId, version: String(session.version) }}
        label={t("form.delete")}
        confirmText={t("session.confirmDelete")}
      />
    </>
  );
}
