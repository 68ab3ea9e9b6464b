import "server-only";
import { effectiveEventStatus } from "@/lib/events/lifecycle";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import type { AgendaSessionType, PublicAgenda } from "@/lib/agenda/types";
import { db } from "@/server/db/client";
import type { PrismaClient } from "@/server/db/generated/client";
import { publicEventWhere, type PublicEventStatus } from "@/server/access/public-event";
import { toIsoDate } from "@/server/events/public-event-types";

// Builds the public agenda of one event with a single Prisma read whose nested selects
// Prisma turns into a fixed number of SQL statements (one per relation level), however
// many sessions, relays or speakers there are. Stream and interpretation links are NOT
// part of it: they are gated per reader in get-public-session.ts.

const personSelect = { name: true, honorific: true, title: true, affiliation: true, precedence: true } as const;

/** `client` lets a test count the statements one build sends (agenda.test.ts). */
export async function loadPublicAgenda(slug: string, client: PrismaClient = db()): Promise<PublicAgenda | null> {
  if (typeof slug !== "string" || slug.length === 0 || slug.length > 200) return null;
  const row = await client.event.findFirst({
    where: { slug, ...publicEventWhere() },
    select: {
      id: true,
      slug: true,
      status: true,
      title: true,
      subtitle: true,
      languages: true,
      primaryTimeZone: true,
      startDate: true,
      endDate: true,
      streamLinksPublic: true,
      venues: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { id: true, kind: true, name: true, city: true, country: true, timeZone: true, capacity: true },
      },
      tracks: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { id: true, name: true, color: true },
      },
      sessions: {
        orderBy: [{ startsAt: "asc" }, { endsAt: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          type: true,
          title: true,
          abstract: true,
          startsAt: true,
          endsAt: true,
          hostVenueId: true,
          trackId: true,
          language: true,
          interpretation: true,
          relays: { select: { venueId: true } },
          roles: { orderBy: { position: "asc" }, select: { role: true, position: true, person: { select: personSelect } } },
        },
      },
    },
  });
  if (!row) return null;
  const venueOrder = new Map(row.venues.map((v, i) => [v.id, i]));
  return {
    event: {
      id: row.id,
      slug: row.slug,
      status: effectiveEventStatus(
        row.status,
        row.endDate,
        row.venues.map((v) => v.timeZone),
      ) as PublicEventStatus,
      title: asLocalizedText(row.title),
      subtitle: asLocalizedText(row.subtitle),
      languages: row.languages,
      primaryTimeZone: row.primaryTimeZone,
      startDate: toIsoDate(row.startDate),
      endDate: toIsoDate(row.endDate),
      streamLinksPublic: row.streamLinksPublic,
    },
    venues: row.venues.map((v) => ({
      id: v.id,
      kind: v.kind,
      name: asLocalizedText(v.name),
      city: asLocalizedText(v.city),
      country: v.country,
      timeZone: v.timeZone,
      capacity: v.capacity,
    })),
    tracks: row.tracks.map((t) => ({ id: t.id, name: asLocalizedText(t.name), color: t.color })),
    sessions: row.sessions.map((s) => ({
      id: s.id,
      type: s.type as AgendaSessionType,
      title: asLocalizedText(s.title),
      abstract: asLocalizedText(s.abstract),
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      hostVenueId: s.hostVenueId,
      relayVenueIds: s.relays.map((r) => r.venueId).sort((a, b) => (venueOrder.get(a) ?? 0) - (venueOrder.get(b) ?? 0)),
      trackId: s.trackId,
      language: s.language,
      interpretation: s.interpretation,
      // Protocol order: lower precedence number first, then the organizer's position.
      people: [...s.roles]
        .sort((a, b) => a.person.precedence - b.person.precedence || a.position - b.position)
        .map((r) => ({
          role: r.role,
          name: asLocalizedText(r.person.name),
          honorific: asLocalizedText(r.person.honorific),
          title: asLocalizedText(r.person.title),
          affiliation: asLocalizedText(r.person.affiliation),
        })),
    })),
    builtAt: new Date().toISOString(),
  };
}
