import "server-only";
import { effectiveEventStatus } from "@/lib/events/lifecycle";
import { db } from "@/server/db/client";
import type { AgendaVenue } from "@/lib/agenda/types";
import { asLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { publicEventWhere, type PublicEventStatus } from "@/server/access/public-event";
import { toIsoDate } from "./public-event-types";

export interface PublicEvent {
  slug: string;
  status: PublicEventStatus;
  title: LocalizedText;
  subtitle: LocalizedText;
  description: LocalizedText;
  sideAName: LocalizedText;
  sideBName: LocalizedText;
  languages: string[];
  primaryTimeZone: string;
  startDate: string;
  endDate: string;
  venues: AgendaVenue[];
  sessionCount: number;
  /** The first session, for the "local times side by side" strip; null before the agenda exists. */
  opening: { title: LocalizedText; startsAt: Date; hostVenueId: string } | null;
}

/** A public event by slug; null when it does not exist or is not public (draft, archived). */
export async function getPublicEvent(slug: string): Promise<PublicEvent | null> {
  if (typeof slug !== "string" || slug.length === 0 || slug.length > 200) return null;
  const row = await db().event.findFirst({
    where: { slug, ...publicEventWhere() },
    select: {
      slug: true,
      status: true,
      title: true,
      subtitle: true,
      description: true,
      sideAName: true,
      sideBName: true,
      languages: true,
      primaryTimeZone: true,
      startDate: true,
      endDate: true,
      venues: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { id: true, kind: true, name: true, city: true, country: true, timeZone: true, capacity: true },
      },
      sessions: {
        orderBy: [{ startsAt: "asc" }, { createdAt: "asc" }],
        take: 1,
        select: { title: true, startsAt: true, hostVenueId: true },
      },
      _count: { select: { sessions: true } },
    },
  });
  if (!row) return null;
  const first = row.sessions[0];
  return {
    slug: row.slug,
    status: effectiveEventStatus(
      row.status,
      row.endDate,
      row.venues.map((v) => v.timeZone),
    ) as PublicEventStatus,
    title: asLocalizedText(row.title),
    subtitle: asLocalizedText(row.subtitle),
    description: asLocalizedText(row.description),
    sideAName: asLocalizedText(row.sideAName),
    sideBName: asLocalizedText(row.sideBName),
    languages: row.languages,
    primaryTimeZone: row.primaryTimeZone,
    startDate: toIsoDate(row.startDate),
    endDate: toIsoDate(row.endDate),
    venues: row.venues.map((v) => ({
      id: v.id,
      kind: v.kind,
      name: asLocalizedText(v.name),
      city: asLocalizedText(v.city),
      country: v.country,
      timeZone: v.timeZone,
      capacity: v.capacity,
    })),
    sessionCount: row._count.sessions,
    opening: first ? { title: asLocalizedText(first.title), startsAt: first.startsAt, hostVenueId: first.hostVenueId } : null,
  };
}
