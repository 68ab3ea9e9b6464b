import "server-only";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { asLocalizedText } from "@/lib/i18n/pick-text";
import { isDenied, type Denied } from "../access/authorize.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import { findCheckInEvent } from "./find-checkin-event.ts";

/** checkedIn: let in at the entrance; for an online venue, its registrants who opened a stream through Accord's link. */
export type VenueAttendance = { venueId: string; name: LocalizedText; kind: "PHYSICAL" | "ONLINE"; checkedIn: number; registered: number };
/** Heads counted at one session's door (only sessions where someone was counted). */
export type SessionDoorCount = { sessionId: string; title: LocalizedText; startsAt: string; timeZone: string; checkedIn: number };
export type Attendance = { venues: VenueAttendance[]; sessions: SessionDoorCount[] };

/** Live counts for the event's staff (the board's first view, its stream and the JSON route). */
export async function getAttendance(actor: CurrentUser | null, eventId: string): Promise<Attendance | Denied> {
  const event = await findCheckInEvent(actor, "internal.read", eventId);
  if (isDenied(event)) return event;
  return countAttendance(event.id);
}

/**
 * Per venue: confirmed registrations and active entrance check-ins (wherever the person
 * registered, counted at the venue that let them in); per session: active door counts.
 * Four grouped counts. No authorization: callers have checked the reader.
 */
export async function countAttendance(eventId: string): Promise<Attendance> {
  const [venues, registered, checkedIn, doors, watched] = await Promise.all([
    db().venue.findMany({ where: { eventId }, orderBy: { position: "asc" }, select: { id: true, name: true, kind: true } }),
    db().registration.groupBy({ by: ["venueId"], where: { eventId, status: "CONFIRMED" }, _count: { _all: true } }),
    db().checkIn.groupBy({ by: ["venueId"], where: { eventId, undoneAt: null, sessionId: null }, _count: { _all: true } }),
    db().checkIn.groupBy({ by: ["sessionId"], where: { eventId, undoneAt: null, sessionId: { not: null } }, _count: { _all: true } }),
    // Online venues: registrants of the venue who opened a stream through Accord's link.
    db().$queryRaw<{ venueId: string | null; n: number }[]>`
      SELECT r."venueId", count(DISTINCT v."registrationId")::int AS n
      FROM "StreamView" v JOIN "Registration" r ON r.id = v."registrationId"
      WHERE v."eventId" = ${eventId} GROUP BY r."venueId"`,
  ]);
  const count = (rows: { venueId: string | null; _count: { _all: number } }[], id: string) =>
    rows.find((r) => r.venueId === id)?._count._all ?? 0;
  const sessions = doors.length
    ? await db().session.findMany({
        where: { id: { in: doors.map((d) => d.sessionId!) } },
        orderBy: { startsAt: "asc" },
        select: { id: true, title: true, startsAt: true, hostVenue: { select: { timeZone: true } } },
      })
    : [];
  return {
    venues: venues.map((v) => ({
      venueId: v.id,
      name: asLocalizedText(v.name),
      kind: v.kind,
      checkedIn: v.kind === "ONLINE" ? (watched.find((w) => w.venueId === v.id)?.n ?? 0) : count(checkedIn, v.id),
      registered: count(registered, v.id),
    })),
    sessions: sessions.map((s) => ({
      sessionId: s.id,
      title: asLocalizedText(s.title),
      startsAt: s.startsAt.toISOString(),
      timeZone: s.hostVenue.timeZone,
      checkedIn: doors.find((d) => d.sessionId === s.id)?._count._all ?? 0,
    })),
  };
}
