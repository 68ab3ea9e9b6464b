import { getLocale, getTranslations } from "next-intl/server";
import type { Timetable } from "@/server/organizer/timetable/get-timetable";
import type { BoardSession, BoardSlot, BoardVenue, RescheduleAction } from "./timetable/board-types";
import { TimetableBoard } from "./timetable/timetable-board";
import { TimetableList } from "./timetable/timetable-list";
import { SLOT_MS } from "@/lib/timetable/timetable-layout";

/**
 * The organizer's timetable: on wider screens a grid with one column per venue in its own
 * local time, where sessions are as tall as they last, side by side when parallel, and move
 * by drag or keyboard; on a phone, a list per venue. Empty slots link to a new session there.
 */
export async function TimetableGrid({
  timetable,
  text,
  action,
}: {
  timetable: Timetable;
  text: (v: unknown) => string;
  /** Absent for readers who may not change the programme: the grid has no move controls then. */
  action?: RescheduleAction;
}) {
  const t = await getTranslations("organizer");
  const locale = await getLocale();
  const label = (c: { name: unknown; city: unknown }) => text(c.city) || text(c.name);
  const zoneOf = new Map(timetable.columns.map((c) => [c.venueId, c.timeZone]));
  const venues: BoardVenue[] = timetable.columns.map((c) => ({
    venueId: c.venueId,
    name: text(c.name),
    timeZone: c.timeZone,
    offsetLabel: c.offsetLabel,
    others: c.others.length ? t("timetable.others", { list: c.others.map((o) => `${label(o)} ${o.offsetLabel}`).join(", ") }) : "",
  }));
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: timetable.event.primaryTimeZone,
    month: "short",
    day: "numeric",
    weekday: "short",
  });
  const slots: BoardSlot[] = timetable.rows.map((row, i, all) => {
    const at = Date.parse(row.at);
    const newDay = i === 0 || at - Date.parse(all[i - 1].at) > SLOT_MS;
    return { at, local: row.local, day: newDay ? day.format(at) : null };
  });
  const sessions: BoardSession[] = timetable.sessions.map((s) => ({
    id: s.sessionId,
    title: text(s.title),
    version: s.version,
    hostVenueId: s.hostVenueId,
    hostZone: zoneOf.get(s.hostVenueId) ?? "UTC",
    venueIds: s.venueIds,
    startMs: Date.parse(s.startsAt),
    endMs: Date.parse(s.endsAt),
  }));
  return (
    <>
      <div className="md:hidden">
        <TimetableList eventId={timetable.event.id} venues={venues} sessions={sessions} />
      </div>
      <div className="hidden md:block">
        <TimetableBoard eventId={timetable.event.id} venues={venues} slots={slots} sessions={sessions} action={action} />
      </div>
    </>
  );
}
