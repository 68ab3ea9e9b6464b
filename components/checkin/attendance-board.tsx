"use client";

import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatInZone } from "@/lib/time/format";

export type BoardVenue = { venueId: string; label: string; checkedIn: number; registered: number };
type Counts = Record<string, { checkedIn: number; registered: number }>;

const POLL_MS = 3000;

/**
 * Checked in / registered per venue, refreshed every few seconds from the attendance route
 * without reloading the page. Counts come from the database each time, never added up here.
 */
export function AttendanceBoard({ eventId, venues, timeZone }: { eventId: string; venues: BoardVenue[]; timeZone: string }) {
  const t = useTranslations("checkin.board");
  const locale = useLocale();
  const [counts, setCounts] = useState<Counts>(() => Object.fromEntries(venues.map((v) => [v.venueId, v])));
  const [updated, setUpdated] = useState<Date | null>(null);
  const [stale, setStale] = useState(false);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const res = await fetch(`/api/organizer/events/${encodeURIComponent(eventId)}/attendance`, { cache: "no-store" });
        if (!res.ok) throw new Error(String(res.status));
        const body = (await res.json()) as { venues: { venueId: string; checkedIn: number; registered: number }[] };
        if (stopped) return;
        setCounts(Object.fromEntries(body.venues.map((v) => [v.venueId, v])));
        setUpdated(new Date());
        setStale(false);
      } catch {
        if (!stopped) setStale(true);
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [eventId]);

  const time = updated ? formatInZone(updated, timeZone, locale, "time") : null;
  return (
    <div className="space-y-2">
      <table className="w-full max-w-2xl text-left text-sm" data-testid="attendance-board">
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
              </td>
              <td className="py-2 pr-3 tabular-nums">{counts[v.venueId]?.registered ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-stone-600" aria-live="polite">
        {stale ? t("stale") : time ? t("updated", { time }) : null}
      </p>
    </div>
  );
}
