import "server-only";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { getCurrentUser } from "@/server/auth/current-user";
import { getEventForEditing } from "./get-event-for-editing.ts";

// Each page of an event's workspace names itself in the browser tab: "Venues · <event>"
// (the root layout adds " · Accord"). The event's title is read with the caller's rights,
// so a page the caller may not see shows only its own name.

/** Message keys (full paths) of the pages' own names. */
export type EventPageName =
  | "organizer.nav.overview"
  | "organizer.nav.venues"
  | "organizer.nav.tracks"
  | "organizer.nav.sessions"
  | "organizer.nav.timetable"
  | "organizer.nav.agreements"
  | "organizer.nav.outcomes"
  | "organizer.nav.report"
  | "organizer.nav.audit"
  | "organizer.nav.checkIn"
  | "organizer.session.newTitle"
  | "organizer.session.editTitle"
  | "agreements.form.newTitle"
  | "agreements.form.editTitle"
  | "agreements.import.title";

export function eventPageMetadata(name: EventPageName) {
  return async function generateMetadata({ params }: { params: Promise<{ eventId: string }> }): Promise<Metadata> {
    const [{ eventId }, t, locale] = await Promise.all([params, getTranslations(), getLocale()]);
    const page = t(name);
    const event = await getEventForEditing(await getCurrentUser(), { eventId });
    if (!event.ok) return { title: page };
    return { title: `${page} · ${pickText(event.data.title, locale as Locale, event.data.languages).text}` };
  };
}
