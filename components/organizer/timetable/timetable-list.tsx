import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { focusRing } from "@/components/ui/focus";
import { cx } from "@/components/ui/cx";
import { timeRange } from "@/lib/timetable/wall-clock";
import type { BoardSession, BoardVenue } from "./board-types";

/**
 * The timetable on a phone: one list per venue in its local time, each session a link to its
 * form (where its times are changed); the grid needs more width than a phone has.
 */
export async function TimetableList({ eventId, venues, sessions }: { eventId: string; venues: BoardVenue[]; sessions: BoardSession[] }) {
  const t = await getTranslations("organizer");
  return (
    <div className="space-y-6">
      <p className="text-sm text-stone-600">{t("timetable.phoneHint")}</p>
      {venues.map((v) => {
        const here = sessions.filter((s) => s.venueIds.includes(v.venueId)).sort((a, b) => a.startMs - b.startMs);
        return (
          <section key={v.venueId} aria-labelledby={`list-${v.venueId}`} className="space-y-2">
            <h2 id={`list-${v.venueId}`} className="text-base font-semibold text-stone-900">
              {v.name}
              <span className="block font-mono text-xs font-normal text-stone-700">
                {v.timeZone} · {v.offsetLabel}
              </span>
            </h2>
            {here.length === 0 ? (
              <p className="text-sm text-stone-500">{t("timetable.noSessions")}</p>
            ) : (
              <ul className="space-y-2">
                {here.map((s) => {
                  const relayed = s.hostVenueId !== v.venueId;
                  return (
                    <li key={s.id}>
                      <Link
                        href={`/organizer/events/${eventId}/sessions/${s.id}`}
                        className={cx(
                          "block rounded-lg px-3 py-2",
                          relayed ? "border border-dashed border-brand-600 bg-brand-50 text-stone-900" : "bg-brand-700 text-white",
                          focusRing,
                        )}
                      >
                        <span className="block font-mono text-xs">{timeRange(s.startMs, s.endMs, v.timeZone)}</span>
                        <span className="block font-semibold break-words">{s.title}</span>
                        <span className="block text-xs opacity-80">{relayed ? t("timetable.relayed") : t("timetable.host")}</span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
