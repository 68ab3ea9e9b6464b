import "server-only";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { asLocalizedText } from "@/lib/i18n/pick-text";
import { isDenied, type Denied } from "../access/authorize.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import { findCheckInEvent } from "./find-checkin-event.ts";

export type VenueAttendance = { venueId: string; name: LocalizedText; kind: "PHYSICAL" | "ONLINE"; checkedIn: number; registered: number };

/**
 * Live counts per venue for the event's staff: confirmed registrations and active check-ins
 * (wherever the person registered, counted at the venue that let them in). Two grouped counts.
 */
export async function getAttendance(actor: CurrentUser | null, eventId: string): Promise<VenueAttendance[] | Denied> {
  const event = await findCheckInEvent(actor, "internal.read", eventId);
  if (isDenied(event)) return event;
  const [venues, registered, checkedIn] = await Promise.all([
    db().venue.findMany({ where: { eventId }, orderBy: { position: "asc" }, select: { id: true, name: true, kind: true } }),
    db().registration.groupBy({ by: ["venueId"], where: { eventId, status: "CONFIRMED" }, _count: { _all: true } }),
    db().checkIn.groupBy({ by: ["venueId"], where: { eventId, undoneAt: null }, _count: { _all: true } }),
  ]);
  const count = (rows: { venueId: string | null; _count: { _all: number } }[], id: string) =>
    rows.find((r) => r.venueId === id)?._count._all ?? 0;
  return venues.map((v) => ({
    venueId: v.id,
    name: asLocalizedText(v.name),
    kind: v.kind,
    checkedIn: count(checkedIn, v.id),
    registered: count(registered, v.id),
  }));
}
