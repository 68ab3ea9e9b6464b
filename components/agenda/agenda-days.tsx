import { getTranslations } from "next-intl/server";
import type { AgendaDay } from "@/lib/agenda/group-by-day";
import type { AgendaVenue, PublicAgenda } from "@/lib/agenda/types";
import { formatCalendarDate } from "@/lib/time/format";
import type { ContentMode } from "./content-text";
import { SessionCard } from "./session-card";

export async function AgendaDays({
  agenda,
  days,
  readerZone,
  mode,
  placeOf,
  bookmarks,
}: {
  agenda: PublicAgenda;
  days: AgendaDay[];
  readerZone: string | null;
  mode: ContentMode;
  placeOf: (venue: AgendaVenue) => string;
  bookmarks: { ids: string[]; action: (formData: FormData) => Promise<void>; returnTo: string } | null;
}) {
  const t = await getTranslations("agenda");
  if (agenda.sessions.length === 0) return <p className="text-stone-700">{t("noSessions")}</p>;
  if (days.length === 0)
    return (
      <p role="status" className="text-stone-700">
        {t("empty")}
      </p>
    );
  return (
    <div className="space-y-10">
      {days.map((day) => (
        <section key={day.date} aria-labelledby={`day-${day.date}`} className="agenda-day space-y-4">
          <h2 id={`day-${day.date}`} className="text-xl font-bold text-stone-900">
            <time dateTime={day.date}>{formatCalendarDate(day.date, mode.locale)}</time>
            <span className="ml-2 text-sm font-normal text-stone-600">({agenda.event.primaryTimeZone})</span>
          </h2>
          <ol className="space-y-3">
            {day.sessions.map((s) => (
              <SessionCard
                key={s.id}
                session={s}
                venues={agenda.venues}
                tracks={agenda.tracks}
                day={day.date}
                readerZone={readerZone}
                mode={mode}
                slug={agenda.event.slug}
                placeOf={placeOf}
                bookmark={
                  bookmarks ? { bookmarked: bookmarks.ids.includes(s.id), action: bookmarks.action, returnTo: bookmarks.returnTo } : null
                }
              />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
