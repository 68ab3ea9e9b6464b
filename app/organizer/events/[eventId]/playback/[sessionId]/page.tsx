import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { personLabel, textLabel } from "@/components/video-messages/labels";
import { PlaybackPlayer, type PlaybackItem } from "@/components/video-messages/playback-player";
import { LOCALE_NAMES, isLocale, type Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { getRunOfShow } from "@/server/video-messages/get-run-of-show";
import { mediaUrlFor } from "@/server/video-messages/media-names";
import { markPlayedAction } from "./actions";
import { EventNav } from "@/components/organizer/event-nav";

type Props = { params: Promise<{ eventId: string; sessionId: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("videos.playback"))("title") };
}

const PLAYABLE = ["APPROVED", "SCHEDULED", "PLAYED"];
// An external link can play in <video> only when it points at a video file itself.
const DIRECT_FILE = /\.(mp4|webm|mov)(\?.*)?$/i;

export default async function PlaybackPage({ params }: Props) {
  const { eventId, sessionId } = await params;
  const base = `/organizer/events/${encodeURIComponent(eventId)}`;
  const here = `${base}/playback/${encodeURIComponent(sessionId)}`;
  const show = pageData(await getRunOfShow(await pageActor(here), { sessionId }), here);
  const t = await getTranslations("videos");
  const locale = (await getLocale()) as Locale;
  const langs = show.event.languages;
  const items: PlaybackItem[] = show.items
    .filter((i) => PLAYABLE.includes(i.status))
    .map((i) => {
      const title = pickText(i.title, locale, langs);
      return {
        id: i.id,
        title: title.text,
        titleLang: title.lang,
        vip: personLabel(i.person, locale, langs),
        src: i.mediaFile ? mediaUrlFor(i.mediaFile) : i.mediaUrl && DIRECT_FILE.test(i.mediaUrl) ? i.mediaUrl : null,
        link: i.mediaUrl,
        played: i.status === "PLAYED",
        captions: Object.entries(i.captions).map(([language, file]) => ({
          language,
          label: isLocale(language) ? LOCALE_NAMES[language] : language,
          url: mediaUrlFor(file),
        })),
      };
    });
  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-10 sm:px-6">
      <EventNav eventId={eventId} current="videoMessages" />
      <PageHeader
        eyebrow={
          <Link href={`${base}/run-of-show/${encodeURIComponent(sessionId)}`} className="underline">
            {t("nav.runOfShow")}
          </Link>
        }
        title={`${t("playback.title")}: ${textLabel(show.session.title, locale, langs)}`}
        lead={t("playback.lead")}
      />
      <PlaybackPlayer eventId={eventId} items={items} uiLanguage={locale} markPlayed={markPlayedAction} />
    </div>
  );
}
