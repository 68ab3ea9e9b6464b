import "server-only";
import { asLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { db } from "../db/client.ts";

type Venue = { id: string; kind: "PHYSICAL" | "ONLINE"; name: unknown; city: unknown };

/**
 * Checked-in and registered people per city of the event's physical venues (two venues in
 * one city are added up), in venue order. Empty when nobody was checked in anywhere, so a
 * report of an event that used no check-in says nothing about attendance.
 */
export async function attendanceByCity(eventId: string, venues: Venue[]) {
  const [checkedIn, registered] = await Promise.all([
    db().checkIn.groupBy({ by: ["venueId"], where: { eventId, undoneAt: null, sessionId: null }, _count: { _all: true } }),
    db().registration.groupBy({ by: ["venueId"], where: { eventId, status: "CONFIRMED" }, _count: { _all: true } }),
  ]);
  if (checkedIn.length === 0) return [];
  const count = (rows: { venueId: string | null; _count: { _all: number } }[], id: string) =>
    rows.find((r) => r.venueId === id)?._count._all ?? 0;
  const cities = new Map<string, { city: LocalizedText; checkedIn: number; registered: number }>();
  for (const v of venues.filter((v) => v.kind === "PHYSICAL")) {
    const city = asLocalizedText(v.city ?? v.name);
    const key = (city.en ?? city.zh ?? city.ja ?? v.id).toLowerCase();
    const row = cities.get(key) ?? { city, checkedIn: 0, registered: 0 };
    row.checkedIn += count(checkedIn, v.id);
    row.registered += count(registered, v.id);
    cities.set(key, row);
  }
  return [...cities.values()];
}
