import "server-only";
import { can } from "@/server/access/policy";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";

// The reader's own registration for one event, for the agenda, session and register pages
// (bookmark buttons, "you are registered"). Never cached: it is per reader.

export interface EventRegistration {
  id: string;
  status: "CONFIRMED" | "WAITLISTED" | "CANCELLED";
  venueId: string | null;
  bookmarkedSessionIds: string[];
}

export async function getEventRegistration(actor: CurrentUser | null, eventId: string): Promise<EventRegistration | null> {
  if (!actor || !can(actor, "reader.own") || typeof eventId !== "string" || !eventId) return null;
  const row = await db().registration.findUnique({
    where: { eventId_userId: { eventId, userId: actor.id } },
    select: { id: true, status: true, venueId: true, bookmarks: { select: { sessionId: true } } },
  });
  if (!row) return null;
  return { id: row.id, status: row.status, venueId: row.venueId, bookmarkedSessionIds: row.bookmarks.map((b) => b.sessionId) };
}
