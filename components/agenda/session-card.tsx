import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { publicHref } from "@/components/i18n/public-href";
import { describeSessionTimes } from "@/lib/agenda/session-times";
import type { AgendaSession, AgendaTrack, AgendaVenue } from "@/lib/agenda/types";
import { pickText } from "@/lib/i18n/localized-text";
import { joinList, labelled } from "@/lib/i18n/punctuation";
import { BookmarkButton } from "./bookmark-button";
import { ContentText, type ContentMode } from "./content-text";
import { SessionTimesView } from "./session-times";
import { TrackChip } from "./track-chip";

export async function SessionCard({
  session,
  venues,
  tracks,
  day,
  readerZone,
  mode,
  slug,
  placeOf,
  bookmark,
}: {
  session: AgendaSession;
  venues: readonly AgendaVenue[];
  tracks: readonly AgendaTrack[];
  day: string;
  readerZone: string | null;
  mode: ContentMode;
  slug: string;
  placeOf: (venue: AgendaVenue) => string;
  bookmark: { bookmarked: boolean; action: (formData: FormData) => Promise<void>; returnTo: string } | null;
}) {
  const t = await getTranslations("agenda");
  const sessionHref = await publicHref(`/events/${encodeURIComponent(slug)}/sessions/${encodeURIComponent(session.id)}`);
  const times = describeSessionTimes(session, venues, day, readerZone);
  const headingId = `session-${session.id}`;
  const plainTitle = pickText(session.title, mode.locale, mode.languages).text;
  const track = session.trackId ? tracks.find((tr) => tr.id === session.trackId) : undefined;
  const relays = session.relayVenueIds.map((id) => venues.find((v) => v.id === id)).filter((v): v is AgendaVenue => !!v);
  return (
    <li className="agenda-session">
      <article aria-labelledby={headingId} className="agenda-card">
        <SessionTimesView
          times={times}
          venues={venues}
          placeOf={placeOf}
          slot={readerZone ? undefined : { startsAt: session.startsAt, endsAt: session.endsAt, day }}
        />
        <div className="space-y-2">
          <div className="agenda-meta">
            <span className="agenda-type">{t(`types.${session.type}`)}</span>
            {track && <TrackChip name={pickText(track.name, mode.locale, mode.languages).text} color={track.color} />}
            <span className="agenda-lang">
              {t("session.language", { language: t(`languageNames.${session.language as "en"}`) })}
              {session.interpretation.length > 0 &&
                ` · ${t("session.interpretation", {
                  languages: joinList(
                    session.interpretation.map((l) => t(`languageNames.${l as "en"}`)),
                    mode.locale,
                  ),
                })}`}
            </span>
          </div>
          <h3 id={headingId} className="agenda-title">
            <Link href={sessionHref} className="agenda-title-link">
              <ContentText value={session.title} mode={mode} />
            </Link>
          </h3>
          {relays.length > 0 && (
            <p className="agenda-relay">{labelled(t("session.relayedTo"), joinList(relays.map(placeOf), mode.locale), mode.locale)}</p>
          )}
          {bookmark && <BookmarkButton sessionId={session.id} title={plainTitle} {...bookmark} />}
        </div>
      </article>
    </li>
  );
}
