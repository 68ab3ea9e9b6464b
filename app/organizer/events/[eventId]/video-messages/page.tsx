import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { clockDuration } from "@/components/video-messages/format-duration";
import { personLabel, textLabel } from "@/components/video-messages/labels";
import { VideoStatusBadge } from "@/components/video-messages/video-status-badge";
import type { Locale } from "@/lib/i18n/locales";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { listVideoMessages } from "@/server/video-messages/list-video-messages";
import { EventNav } from "@/components/organizer/event-nav";

type Props = { params: Promise<{ eventId: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("videos.list"))("title") };
}

export default async function VideoMessagesPage({ params }: Props) {
  const { eventId } = await params;
  const here = `/organizer/events/${encodeURIComponent(eventId)}/video-messages`;
  const data = pageData(await listVideoMessages(await pageActor(here), { eventId }), here);
  const t = await getTranslations("videos");
  const locale = (await getLocale()) as Locale;
  const langs = data.event.languages;
  const base = `/organizer/events/${encodeURIComponent(eventId)}`;
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-10 sm:px-6 lg:px-8">
      <EventNav eventId={eventId} current="videoMessages" />
      <PageHeader
        eyebrow={textLabel(data.event.title, locale, langs)}
        title={t("list.title")}
        lead={t("list.lead")}
        actions={<ButtonLink href={`${here}/new`}>{t("list.add")}</ButtonLink>}
      />
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("list.sessions")}</h2>
        {data.sessions.length === 0 ? (
          <p>{t("list.noSessions")}</p>
        ) : (
          <ul className="space-y-2">
            {data.sessions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-3">
                <span className="font-medium">{textLabel(s.title, locale, langs)}</span>
                <Link className="text-brand-700 underline" href={`${base}/run-of-show/${encodeURIComponent(s.id)}`}>
                  {t("nav.runOfShow")}
                </Link>
                <Link className="text-brand-700 underline" href={`${base}/playback/${encodeURIComponent(s.id)}`}>
                  {t("nav.playback")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {data.messages.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <thead className="border-b border-stone-300 text-stone-700">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  {t("list.vip")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("list.message")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("list.status")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("list.duration")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("list.captions")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("list.session")}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.messages.map((m) => (
                <tr key={m.id} className="border-b border-stone-200 align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">{personLabel(m.person, locale, langs)}</td>
                  <td className="py-2 pr-4">
                    <Link className="font-medium text-brand-700 underline" href={`${here}/${encodeURIComponent(m.id)}`}>
                      {textLabel(m.title, locale, langs)}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">
                    <VideoStatusBadge status={m.status} />
                  </td>
                  <td className="py-2 pr-4 tabular-nums">{clockDuration(m.durationSec)}</td>
                  <td className="py-2 pr-4">{m.captionLanguages.length ? m.captionLanguages.join(", ") : t("list.noCaptions")}</td>
                  <td className="py-2 pr-4">{m.session ? textLabel(m.session.title, locale, langs) : t("list.noSession")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
