import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { textLabel } from "@/components/video-messages/labels";
import { VideoMessageForm } from "@/components/video-messages/video-message-form";
import type { Locale } from "@/lib/i18n/locales";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { getVideoMessageForm } from "@/server/video-messages/get-video-message-form";
import { storageConfig } from "@/server/video-messages/storage-config";
import { saveVideoMessageAction } from "../actions";
import { formOptions } from "../form-options";
import { EventNav } from "@/components/organizer/event-nav";

type Props = { params: Promise<{ eventId: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("videos.form"))("newTitle") };
}

export default async function NewVideoMessagePage({ params }: Props) {
  const { eventId } = await params;
  const here = `/organizer/events/${encodeURIComponent(eventId)}/video-messages/new`;
  const data = pageData(await getVideoMessageForm(await pageActor(here), { eventId }), here);
  const t = await getTranslations("videos.form");
  const locale = (await getLocale()) as Locale;
  return (
    <div className="mx-auto max-w-3xl space-y-8 px-4 py-10 sm:px-6">
      <EventNav eventId={eventId} current="videoMessages" />
      <PageHeader eyebrow={textLabel(data.event.title, locale, data.event.languages)} title={t("newTitle")} />
      <Card>
        <VideoMessageForm
          eventId={eventId}
          {...formOptions(data, locale)}
          hosts={storageConfig().videoUrlHosts}
          initial={{ durationSec: 180, language: data.event.languages.includes("ja") ? "ja" : data.event.languages[0] }}
          action={saveVideoMessageAction}
        />
      </Card>
    </div>
  );
}
