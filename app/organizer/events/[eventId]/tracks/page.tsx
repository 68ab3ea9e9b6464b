import { getLocale, getTranslations } from "next-intl/server";
import { TrackChip } from "@/components/agenda/track-chip";
import { DeleteForm } from "@/components/organizer/delete-form";
import { EventNav } from "@/components/organizer/event-nav";
import { localizedValues, str } from "@/components/organizer/initial-values";
import { textPicker } from "@/components/organizer/pick";
import { TrackForm } from "@/components/organizer/track-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { nextTrackColor } from "@/lib/tracks/track-colors";
import { eventPageMetadata } from "@/server/organizer/events/event-page-metadata";
import { getEventForEditing } from "@/server/organizer/events/get-event-for-editing";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { createTrackAction, deleteTrackAction, updateTrackAction } from "./actions";

type Props = { params: Promise<{ eventId: string }> };

export const generateMetadata = eventPageMetadata("organizer.nav.tracks");

export default async function TracksPage({ params }: Props) {
  const { eventId } = await params;
  const here = `/organizer/events/${eventId}/tracks`;
  const event = pageData(await getEventForEditing(await pageActor(here), { eventId }), here);
  const t = await getTranslations("organizer");
  const text = textPicker((await getLocale()) as Locale, event.languages);
  return (
    <>
      <EventNav eventId={eventId} current="tracks" />
      <PageHeader eyebrow={text(event.title)} title={t("track.title")} lead={t("track.lead")} />
      {event.tracks.length === 0 && <p className="text-stone-600">{t("track.empty")}</p>}
      <ul className="space-y-4">
        {event.tracks.map((track) => (
          <li key={track.id}>
            <Card className="space-y-3">
              <details>
                <summary className="cursor-pointer text-lg font-semibold">
                  <TrackChip name={text(track.name)} color={track.color} />{" "}
                  <span className="text-sm font-normal text-stone-600">· {t("track.sessions", { count: track.sessionCount })}</span>
                </summary>
                <div className="mt-4 space-y-4">
                  <TrackForm
                    action={updateTrackAction}
                    initial={{
                      trackId: track.id,
                      version: String(track.version),
                      ...localizedValues("name", track.name),
                      color: track.color,
                      position: str(track.position),
                    }}
                  />
                  <DeleteForm
                    action={deleteTrackAction}
                    fields={{ trackId: track.id, version: String(track.version) }}
                    label={t("form.delete")}
                    confirmText={t("track.confirmDelete")}
                  />
                </div>
              </details>
            </Card>
          </li>
        ))}
      </ul>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">{t("track.add")}</h2>
        <TrackForm action={createTrackAction} initial={{ eventId, color: nextTrackColor(event.tracks.length) }} />
      </Card>
    </>
  );
}
