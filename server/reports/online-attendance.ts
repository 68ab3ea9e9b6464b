import "server-only";
import { db } from "../db/client.ts";

/**
 * Online attendance (issue 20): registrants who opened at least one session's stream through
 * Accord's link (StreamView), beside the confirmed registrations for online venues. Null when
 * nobody watched, so a report of an event whose streams were not used says nothing about it.
 */
export async function onlineAttendance(eventId: string): Promise<{ watched: number; registered: number } | null> {
  const [watched] = await db().$queryRaw<{ n: number }[]>`
    SELECT count(DISTINCT "registrationId")::int AS n FROM "StreamView" WHERE "eventId" = ${eventId}`;
  if (!watched || watched.n === 0) return null;
  const registered = await db().registration.count({ where: { eventId, status: "CONFIRMED", venue: { kind: "ONLINE" } } });
  return { watched: watched.n, registered };
}
