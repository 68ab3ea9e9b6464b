import "server-only";
import { describeSessionTimes } from "@/lib/agenda/session-times";
import { dateInZone } from "@/lib/agenda/group-by-day";
import type { AgendaSession, AgendaVenue, PublicAgenda } from "@/lib/agenda/types";
import { pickText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import type { IcsEvent } from "./ics-format";

// One agenda session as a calendar entry. The instants are UTC; the description repeats
// the local time at the host venue and at every other venue, each with its zone, because
// calendar apps show only the subscriber's own clock.

export interface IcsContext {
  locale: Locale;
  /** Absolute origin for links back to the session page, e.g. "https://accord.example". */
  origin: string;
}

export function sessionToIcs(agenda: PublicAgenda, session: AgendaSession, ctx: IcsContext): IcsEvent {
  const langs = agenda.event.languages;
  const text = (v: AgendaSession["title"]) => pickText(v, ctx.locale, langs).text;
  const venueLabel = (v: AgendaVenue | undefined) => {
    if (!v) return "";
    const city = text(v.city);
    return city ? `${text(v.name)} (${city})` : text(v.name);
  };
  const host = agenda.venues.find((v) => v.id === session.hostVenueId);
  const times = describeSessionTimes(session, agenda.venues, dateInZone(session.startsAt, agenda.event.primaryTimeZone), null);
  const timeLine = (zone: string, start: string, end: string, offset: string, date: string, ids: string[]) =>
    `${ids.map((id) => venueLabel(agenda.venues.find((v) => v.id === id))).join(", ")}: ${date} ${start}–${end} ${offset} (${zone})`;
  const lines = [
    text(session.abstract),
    "",
    timeLine(times.host.zone, times.host.start, times.host.end, times.host.offset, times.host.date, times.host.venueIds),
    ...times.others.map((t) => timeLine(t.zone, t.start, t.end, t.offset, t.date, t.venueIds)),
  ];
  const url = `${ctx.origin}/events/${encodeURIComponent(agenda.event.slug)}/sessions/${encodeURIComponent(session.id)}`;
  return {
    uid: `${session.id}@accord`,
    start: session.startsAt,
    end: session.endsAt,
    summary: text(session.title),
    description: [...lines, "", url].join("\n").trim(),
    location: host ? `${venueLabel(host)} — ${host.timeZone}` : "",
    url,
  };
}
