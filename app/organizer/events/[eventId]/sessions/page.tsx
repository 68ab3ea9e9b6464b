import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EventNav } from "@/components/organizer/event-nav";
import { textPicker } from "@/components/organizer/pick";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { getEventForEditing } from "@/server/organizer/events/get-event-for-editing";
import { listSessions } from "@/server/organizer/sessions/list-sessions";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { eventPageMetadata } from "@/server/organizer/events/event-page-metadata";

type Props = { params: Promise<{ eventId: string }> };

const show = (local: string) => local.replace("T", " ");

export const generateMetadata = eventPageMetadata("organizer.nav.sessions");

export default async function SessionsPage({ params }: Props) {
  const { eventId } = await params;
  const here = `/organizer/events/${eventId}/sessions`;
  const actor = await pageActor(here);
  const event = pageData(await getEventForEditing(actor, { eventId }), here);
  const sessions = pageData(await listSessions(actor, { eventId }), here);
  const t = await getTranslations("organizer");
  const text = textPicker((await getLocale()) as Locale, event.languages);
  return (
    <>
      <EventNav eventId={eventId} current="sessions" />
      <PageHeader
        eyebrow={text(event.title)}
        title={t("session.title")}
        actions={<ButtonLink href={`${here}/new`}>{t("session.add")}</ButtonLink>}
      />
      {sessions.length === 0 ? (
        <p className="text-stone-600">{t("session.empty")}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
          {sessions.map((s) => (
            <li key={s.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-5 py-3">
              <span className="w-64 shrink-0 font-mono text-sm text-stone-700">
                {show(s.startLocal)}–{s.endLocal.slice(11)} {s.offsetLabel}
              </span>
              <Link href={`${here}/${s.id}`} className="font-semibold text-brand-700 hover:underline">
                {text(s.title)}
              </Link>
              <span className="text-sm text-stone-600">
                {t(`session.types.${s.type}`)} · {text(s.hostVenue.name)}
                {s.relayVenueNames.length > 0 && ` · ${t("session.relayedTo", { venues: s.relayVenueNames.map(text).join(", ") })}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
