"use client";

import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/pick-text";
import { formatInZone } from "@/lib/time/format";
import type { SessionDoorCount } from "@/server/checkin/get-attendance";

export type BoardVenue = { venueId: string; label: string; kind: "PHYSICAL" | "ONLINE"; checkedIn: number; registered: number };
type Counts = Record<string, { checkedIn: number; registered: number }>;
type Pushed = { venues: { venueId: string; checkedIn: number; registered: number }[]; sessions: SessionDoorCount[] };

/**
 * Checked in / registered per venue, pushed by the attendance stream (server-sent events,
 * server/checkin/attendance-feed.ts) after every check-in or undo, without reloading the page.
 * Counts come from the database each time, never added up here. EventSource reconnects by
 * itself when the connection drops; meanwhile the board says its numbers may be behind.
 */
export function AttendanceBoard({
  eventId,
  venues,
  sessions: initialSessions,
  timeZone,
  languages,
}: {
  eventId: string;
  venues: BoardVenue[];
  sessions: SessionDoorCount[];
  timeZone: string;
  languages: string[];
}) {
  const t = useTranslations("checkin.board");
  const locale = useLocale();
  const [counts, setCounts] = useState<Counts>(() => Object.fromEntries(venues.map((v) => [v.venueId, v])));
  const [sessions, setSessions] = useState(initialSessions);
  const [updated, setUpdated] = useState<Date | null>(null);
  const [stale, setStale] = useState(false);

  useEffect(() => {
    const source = new EventSource(`/api/organizer/events/${encodeURIComponent(eventId)}/attendance/stream`);
    source.addEventListener("attendance", (e) => {
      const body = JSON.parse((e as MessageEvent<string>).data) as Pushed;
      setCounts(Object.fromEntries(body.venues.map((v) => [v.venueId, v])));
      setSessions(body.sessions);
      setUpdated(new Date());
      setStale(false);
    });
    source.addEventListener("error", () => setStale(true));
    return () => source.close();
  }, [eventId]);

  const time = updated ? formatInZone(updated, timeZone, locale, "time") : null;
  return (
    <div className="space-y-2">
      <table className="w-full max-w-2xl text-left text-sm" data-testid="attendance-board" data-live={updated ? "connected" : "connecting"}>
        <thead className="border-b border-stone-300 text-stone-700">
          <tr>
            <th scope="col" className="py-2 pr-3">
              {t("venue")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("checkedIn")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("registered")}
            </th>
          </tr>
        </thead>
        <tbody>
          {venues.map((v) => (
            <tr key={v.venueId} className="border-b border-stone-100" data-venue={v.venueId}>
              <th scope="row" className="py-2 pr-3 font-medium">
                {v.label}
              </th>
              <td className="py-2 pr-3 tabular-nums" data-testid="checked-in">
                {counts[v.venueId]?.checkedIn ?? 0}
                {v.kind === "ONLINE" && <span className="ml-1 text-xs text-stone-600">{t("watched")}</span>}
              </td>
              <td className="py-2 pr-3 tabular-nums">{counts[v.venueId]?.registered ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {sessions.length > 0 && (
        <table className="w-full max-w-2xl text-left text-sm" data-testid="session-doors">
          <caption className="py-2 text-left font-semibold text-stone-800">{t("sessionDoors")}</caption>
          <thead className="border-b border-stone-300 text-stone-700">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("session")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("counted")}
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((x) => (
              <tr key={x.sessionId} className="border-b border-stone-100" data-session={x.sessionId}>
                <th scope="row" className="py-2 pr-3 font-medium">
                  <span className="block text-xs font-normal text-stone-600">{formatInZone(x.startsAt, x.timeZone, locale, "time")}</span>
                  {pickText(x.title, locale as Locale, languages).text}
                </th>
                <td className="py-2 pr-3 tabular-nums">{x.checkedIn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="text-xs text-stone-600" aria-live="polite">
        {stale ? t("stale") : time ? t("updated", { time }) : null}
      </p>
    </div>
  );
}
