import { DEMO_PEOPLE, DEMO_SESSION_ROLES } from "./demo-people.ts";
import { DEMO_SESSIONS } from "./demo-sessions.ts";
import type { SeedDb } from "./demo-types.ts";
import { DEMO_VENUES } from "./demo-venues.ts";
import { DEMO_VIDEO_MESSAGES, videoMediaUrl } from "./demo-video-messages.ts";

/** People (kept by the organizing organization), how they take part, roles and videos. */
export async function writeDemoPeople(tx: SeedDb, organizationId: string, eventId: string) {
  const people = Object.values(DEMO_PEOPLE);
  await tx.person.createMany({
    data: people.map((p) => ({
      id: p.id,
      organizationId,
      name: p.name,
      honorific: p.honorific,
      title: p.title,
      affiliation: p.affiliation,
      country: p.country,
      side: p.side,
      precedence: p.precedence,
      isVip: p.isVip,
    })),
    skipDuplicates: true,
  });
  await tx.eventParticipant.createMany({
    data: people.map((p) => ({
      eventId,
      personId: p.id,
      mode: p.mode,
      venueId: "venue" in p && p.venue ? DEMO_VENUES[p.venue].id : null,
    })),
    skipDuplicates: true,
  });
  await tx.sessionRole.createMany({
    data: DEMO_SESSION_ROLES.map((r) => ({
      sessionId: DEMO_SESSIONS[r.session].id,
      personId: DEMO_PEOPLE[r.person].id,
      role: r.role,
      position: r.position,
    })),
    skipDuplicates: true,
  });
  await tx.videoMessage.createMany({
    data: DEMO_VIDEO_MESSAGES.map((v) => ({
      id: v.id,
      eventId,
      personId: DEMO_PEOPLE[v.person].id,
      sessionId: DEMO_SESSIONS.videoMessages.id,
      title: v.title,
      mediaUrl: videoMediaUrl(v),
      durationSec: v.durationSec,
      language: "ja",
      status: "SCHEDULED" as const,
      position: v.position,
    })),
    skipDuplicates: true,
  });
}
