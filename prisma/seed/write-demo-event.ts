import { DEMO_EVENT } from "./demo-event.ts";
import { DEMO_SESSIONS } from "./demo-sessions.ts";
import { DEMO_TRACKS } from "./demo-tracks.ts";
import { localInstant } from "./demo-time.ts";
import type { SeedDb } from "./demo-types.ts";
import { DEMO_VENUES } from "./demo-venues.ts";

/**
 * Creates the reference event if no event has its slug yet. Returns the id of the event
 * holding the slug and whether it is the demo's own row (if not, leave it alone).
 */
export async function writeDemoEvent(tx: SeedDb, organizationId: string): Promise<{ id: string; ours: boolean }> {
  const { id, slug, ...fields } = DEMO_EVENT;
  const row = await tx.event.upsert({
    where: { slug },
    create: { id, slug, organizationId, ...fields },
    update: {},
    select: { id: true },
  });
  return { id: row.id, ours: row.id === id };
}

export async function writeDemoVenues(tx: SeedDb, eventId: string) {
  await tx.venue.createMany({
    data: Object.values(DEMO_VENUES).map((v) => ({ ...v, eventId })),
    skipDuplicates: true,
  });
}

export async function writeDemoTracks(tx: SeedDb, eventId: string) {
  await tx.track.createMany({
    data: Object.values(DEMO_TRACKS).map((t) => ({ ...t, eventId })),
    skipDuplicates: true,
  });
}

/** Sessions with their local times converted to UTC in the host venue's zone, and relays. */
export async function writeDemoSessions(tx: SeedDb, eventId: string) {
  const sessions = Object.values(DEMO_SESSIONS);
  await tx.session.createMany({
    data: sessions.map((s) => {
      const venue = DEMO_VENUES[s.host];
      return {
        id: s.id,
        eventId,
        type: s.type,
        title: s.title,
        abstract: s.abstract,
        trackId: s.track ? DEMO_TRACKS[s.track].id : null,
        language: s.language,
        interpretation: s.interpretation,
        streamUrl: s.streamUrl,
        hostVenueId: venue.id,
        startsAt: localInstant(s.start, venue.timeZone),
        endsAt: localInstant(s.end, venue.timeZone),
      };
    }),
    skipDuplicates: true,
  });
  await tx.sessionRelay.createMany({
    data: sessions.flatMap((s) => s.relays.map((v) => ({ sessionId: s.id, venueId: DEMO_VENUES[v].id }))),
    skipDuplicates: true,
  });
}
