import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { languageOptions, textLabel } from "@/components/video-messages/labels";
import { MediaUploads } from "@/components/video-messages/media-uploads";
import { DeleteMessageButton, StatusButtons } from "@/components/video-messages/status-buttons";
import { VideoMessageForm } from "@/components/video-messages/video-message-form";
import { VideoStatusBadge } from "@/components/video-messages/video-status-badge";
import type { Locale } from "@/lib/i18n/locales";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import type { VideoStatus } from "@/lib/validation/video-message-schema";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { getVideoMessageForm } from "@/server/video-messages/get-video-message-form";
import { storageConfig } from "@/server/video-messages/storage-config";
import { changeVideoStatusAction, deleteVideoMessageAction, saveVideoMessageAction } from "../actions";
import { formOptions } from "../form-options";
import { EventNav } from "@/components/organizer/event-nav";

type Props = { params: Promise<{ eventId: string; messageId: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("videos.form"))("editTitle") };
}

export default async function EditVideoMessagePage({ params }: Props) {
  const { eventId, messageId } = await params;
  const list = `/organizer/events/${encodeURIComponent(eventId)}/video-messages`;
  const here = `${list}/${encodeURIComponent(messageId)}`;
  const data = pageData(await getVideoMessageForm(await pageActor(here), { eventId, videoMessageId: messageId }), here);
  const m = data.message!;
  const t = await getTranslations("videos");
  const locale = (await getLocale()) as Locale;
  const config = storageConfig();
  return (
    <div className="mx-auto max-w-3xl space-y-8 px-4 py-10 sm:px-6">
      <EventNav eventId={eventId} current="videoMessages" />
      <PageHeader
        eyebrow={
          <Link href={list} className="underline">
            {t("list.title")}
          </Link>
        }
        title={textLabel(m.title, locale, data.event.languages)}
        meta={<VideoStatusBadge status={m.status} />}
      />
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("statusPanel.title")}</h2>
        <StatusButtons
          eventId={eventId}
          videoMessageId={m.id}
          version={m.version}
          status={m.status as VideoStatus}
          action={changeVideoStatusAction}
        />
      </Card>
      <Card className="space-y-4">
        <p className="text-sm">
          {m.mediaFileUrl ? (
            <a className="text-brand-700 underline" href={m.mediaFileUrl} target="_blank" rel="noreferrer">
              {t("form.uploadedFile")}
            </a>
          ) : m.mediaUrl ? (
            <span>
              {t("form.externalLink")}:{" "}
              <a className="break-all text-brand-700 underline" href={m.mediaUrl} target="_blank" rel="noreferrer noopener">
                {m.mediaUrl}
              </a>
            </span>
          ) : (
            t("form.noMedia")
          )}
        </p>
        <MediaUploads
          videoMessageId={m.id}
          version={m.version}
          maxVideoMb={Math.floor(config.maxVideoBytes / 1024 / 1024)}
          languages={languageOptions(data.event.languages)}
          captions={m.captions}
        />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("form.editTitle")}</h2>
        <VideoMessageForm
          eventId={eventId}
          {...formOptions(data, locale)}
          hosts={config.videoUrlHosts}
          editing={{ id: m.id, version: m.version }}
          initial={{
            personId: m.personId,
            sessionId: m.sessionId,
            title: asLocalizedText(m.title) as Record<string, string>,
            mediaUrl: m.mediaUrl,
            durationSec: m.durationSec,
            language: m.language,
            notes: m.notes,
          }}
          action={saveVideoMessageAction}
        />
      </Card>
      <DeleteMessageButton eventId={eventId} videoMessageId={m.id} version={m.version} action={deleteVideoMessageAction} />
    </div>
  );
}
