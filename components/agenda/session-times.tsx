import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { joinList, parenthesized } from "@/lib/i18n/punctuation";
import type { SessionTimes, ZoneTime } from "@/lib/agenda/session-times";
import type { AgendaVenue } from "@/lib/agenda/types";

// The host venue's local time first and largest, then the other venues' zones, then the
// reader's own zone; every line names its offset and places (WCAG: not colour alone).

function Line({ time, label, strong, shift }: { time: ZoneTime; label: string; strong?: boolean; shift: string | null }) {
  // One text node per part and no class on the first and last (globals.css styles them by
  // position): a long agenda has three such lines per session (issue 16).
  return (
    <div className={strong ? "agenda-time agenda-time-host" : "agenda-time"}>
      <span>{`${time.start}–${time.end} ${time.offset}`}</span>
      {shift && <span className="text-xs font-medium text-amber-800">({shift})</span>}
      <span>{`· ${label}`}</span>
    </div>
  );
}

/** When the reader chose no zone: an empty slot that ReaderTimeFill fills in the browser. */
export type ReaderSlot = { startsAt: string; endsAt: string; day: string };

export async function SessionTimesView({
  times,
  venues,
  placeOf,
  slot,
}: {
  times: SessionTimes;
  venues: readonly AgendaVenue[];
  placeOf: (venue: AgendaVenue) => string;
  slot?: ReaderSlot;
}) {
  const t = await getTranslations("agenda.times");
  const locale = (await getLocale()) as Locale;
  const names = (ids: string[]) =>
    joinList(
      ids
        .map((id) => venues.find((v) => v.id === id))
        .filter((v): v is AgendaVenue => !!v)
        .map(placeOf),
      locale,
    );
  const shift = (z: ZoneTime) => (z.dayShift > 0 ? `${t("nextDay")} ${z.date}` : z.dayShift < 0 ? `${t("previousDay")} ${z.date}` : null);
  return (
    <div className="space-y-0.5">
      <Line time={times.host} strong label={`${names(times.host.venueIds)}${parenthesized(t("host"), locale)}`} shift={shift(times.host)} />
      {times.others.map((o) => (
        <Line key={o.zone} time={o} label={names(o.venueIds)} shift={shift(o)} />
      ))}
      {times.reader && (
        <div className="mt-1 inline-block rounded bg-brand-50 px-1.5 py-0.5 text-brand-900">
          <Line time={times.reader} label={t("yourTime", { zone: times.reader.zone })} shift={shift(times.reader)} />
        </div>
      )}
      {!times.reader && slot && (
        // Only the instants: the labels and markup come once per page (reader-time-fill.tsx).
        <div
          hidden
          data-reader-time=""
          data-start={slot.startsAt}
          data-end={slot.endsAt}
          data-day={slot.day}
          data-host-offset={times.host.offset}
        />
      )}
    </div>
  );
}
