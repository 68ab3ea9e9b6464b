import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { clockDuration } from "@/components/video-messages/format-duration";
import { personLabel, textLabel } from "@/components/video-messages/labels";
import { RunOfShowList } from "@/components/video-messages/run-of-show-list";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { formatInZone } from "@/lib/time";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { getRunOfShow } from "@/server/video-messages/get-run-of-show";
import { reorderAction } from "./actions";
import { EventNav } from "@/components/organizer/event-nav";

type Props = { params: Promise<{ eventId: string; sessionId: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("videos.runOfShow"))("title") };
}

export default async function RunOfShowPage({ params }: Props) {
  const { eventId, sessionId } = await params;
  const base = `/organizer/events/${encodeURIComponent(eventId)}`;
  const here = `${base}/run-of-show/${encodeURIComponent(sessionId)}`;
  const show = pageData(await getRunOfShow(await pageActor(here), { sessionId }), here);
  const t = await getTranslations("videos");
  const locale = (await getLocale()) as Locale;
  const langs = show.event.languages;
  const place = (v: (typeof show.venues)[number]) => textLabel(v.city, locale, langs) || textLabel(v.name, locale, langs);
  const venueById = new Map(show.venues.map((v) => [v.id, v]));
  const rows = show.items.map((item) => {
    const title = pickText(item.title, locale, langs);
    return {
      id: item.id,
      title: title.text,
      titleLang: title.lang,
      vip: personLabel(item.person, locale, langs),
      duration: clockDuration(item.durationSec),
      status: item.status,
      statusLabel: ["APPROVED", "SCHEDULED", "PLAYED"].includes(item.status)
        ? t(`status.${item.status as "APPROVED"}`)
        : `${t(`status.${item.status as "REQUESTED"}`)} — ${t("runOfShow.notApproved")}`,
      // Every venue's wall clock, each with its offset and city, e.g. "10:04:05 UTC+8 · Jinan".
      cues: item.cues.map((c) => `${c.wall} ${c.offset} · ${place(venueById.get(c.venueId)!)}`),
    };
  });
  return (
    <div className="mx-auto max-w-5xl space-y-8 px-4 py-10 sm:px-6">
      <EventNav eventId={eventId} current="videoMessages" />
      <PageHeader
        eyebrow={
          <Link href={`${base}/video-messages`} className="underline">
            {t("list.title")}
          </Link>
        }
        title={`${t("runOfShow.title")}: ${textLabel(show.session.title, locale, langs)}`}
        lead={t("runOfShow.lead")}
        actions={
          <Link className="text-brand-700 underline" href={`${base}/playback/${encodeURIComponent(sessionId)}`}>
            {t("runOfShow.playback")}
          </Link>
        }
      />
      <Card className="space-y-2">
        <p className="font-semibold">{t("runOfShow.sessionStart")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm tabular-nums">
          {show.venues.map((v) => (
            <li key={v.id}>{formatInZone(show.session.startsAt, v.timeZone, locale, "dateTime", { place: place(v) })}</li>
          ))}
        </ul>
        <p data-testid="run-of-show-total" className="pt-2">
          {t("runOfShow.total", { total: clockDuration(show.totalSec), length: clockDuration(show.session.lengthSec) })}
        </p>
        {show.overrunSec > 0 ? (
          <p role="alert" className="rounded-lg bg-amber-50 p-3 font-semibold text-amber-900 ring-1 ring-amber-200">
            {t("runOfShow.overrun", { over: clockDuration(show.overrunSec) })}
          </p>
        ) : (
          <p className="text-emerald-800">{t("runOfShow.fits")}</p>
        )}
      </Card>
      <RunOfShowList
        key={[...rows.map((r) => r.id)].sort().join(",")}
        sessionId={sessionId}
        eventId={eventId}
        rows={rows}
        reorder={reorderAction}
      />
    </div>
  );
}
