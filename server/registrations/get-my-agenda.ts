import "server-only";
import { can } from "@/server/access/policy";
import { asLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { publicEventWhere } from "@/server/access/public-event";

// The signed-in delegate's registrations (public events only) with their bookmarked
// sessions and the secret calendar token, which only its owner ever receives.

export interface MyAgendaVenue {
  id: string;
  kind: "PHYSICAL" | "ONLINE";
  name: LocalizedText;
  city: LocalizedText;
  timeZone: string;
}
export interface MyBookmark {
  sessionId: string;
  title: LocalizedText;
  startsAt: string;
  endsAt: string;
  hostVenue: MyAgendaVenue;
}
export interface MyRegistration {
  id: string;
  status: "CONFIRMED" | "WAITLISTED" | "CANCELLED";
  calendarToken: string;
  /** Shown to its delegate only, as the check-in QR code (issue 20). */
  checkInToken: string;
  event: { slug: string; title: LocalizedText; languages: string[]; primaryTimeZone: string; startDate: string; endDate: string };
  venue: MyAgendaVenue | null;
  bookmarks: MyBookmark[];
}

const venueSelect = { id: true, kind: true, name: true, city: true, timeZone: true } as const;
const toVenue = (v: { id: string; kind: "PHYSICAL" | "ONLINE"; name: unknown; city: unknown; timeZone: string }): MyAgendaVenue => ({
  id: v.id,
  kind: v.kind,
  name: asLocalizedText(v.name),
  city: asLocalizedText(v.city),
  timeZone: v.timeZone,
});

export async function getMyAgenda(actor: CurrentUser | null): Promise<MyRegistration[] | null> {
  if (!actor || !can(actor, "reader.own")) return null;
  const rows = await db().registration.findMany({
    where: { userId: actor.id, event: publicEventWhere() },
    orderBy: { event: { startDate: "desc" } },
    select: {
      id: true,
      status: true,
      calendarToken: true,
      checkInToken: true,
      event: { select: { slug: true, title: true, languages: true, primaryTimeZone: true, startDate: true, endDate: true } },
      venue: { select: venueSelect },
      bookmarks: {
        orderBy: { session: { startsAt: "asc" } },
        select: { session: { select: { id: true, title: true, startsAt: true, endsAt: true, hostVenue: { select: venueSelect } } } },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    calendarToken: r.calendarToken,
    checkInToken: r.checkInToken,
    event: {
      slug: r.event.slug,
      title: asLocalizedText(r.event.title),
      languages: r.event.languages,
      primaryTimeZone: r.event.primaryTimeZone,
      startDate: r.event.startDate.toISOString().slice(0, 10),
      endDate: r.event.endDate.toISOString().slice(0, 10),
    },
    venue: r.venue ? toVenue(r.venue) : null,
    bookmarks: r.bookmarks.map(({ session: s }) => ({
      sessionId: s.id,
      title: asLocalizedText(s.title),
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      hostVenue: toVenue(s.hostVenue),
    })),
  }));
}
