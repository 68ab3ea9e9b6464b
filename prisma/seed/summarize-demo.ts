import type { PrismaClient } from "../../server/db/generated/client.ts";
import { DEMO_EVENT } from "./demo-event.ts";
import { DEMO_ORG, DEMO_ORGANIZATIONS } from "./demo-organizations.ts";
import { DEMO_USERS } from "./demo-users.ts";

export type SeedSummary = {
  eventId: string;
  eventSlug: string;
  /** False when the event slug belongs to an event the seed did not create (left untouched). */
  eventSeeded: boolean;
  counts: {
    organizations: number;
    users: number;
    venues: number;
    sessions: number;
    sessionRelays: number;
    people: number;
    vips: number;
    participants: number;
    sessionRoles: number;
    videoMessages: number;
    parties: number;
    agreements: number;
    agreementParties: number;
    outcomes: number;
  };
};

/** Counts what the demo event holds now (after seeding), for the CLI and for tests. */
export async function summarizeDemo(prisma: PrismaClient, eventId: string, eventSeeded: boolean): Promise<SeedSummary> {
  const org = await prisma.organization.findUnique({ where: { slug: DEMO_ORG.slug }, select: { id: true } });
  const orgId = org?.id ?? "";
  const [organizations, users, venues, sessions, sessionRelays, people, vips, participants, sessionRoles] = await Promise.all([
    prisma.organization.count({ where: { slug: { in: DEMO_ORGANIZATIONS.map((o) => o.slug) } } }),
    prisma.user.count({ where: { email: { in: Object.values(DEMO_USERS).map((u) => u.email) } } }),
    prisma.venue.count({ where: { eventId } }),
    prisma.session.count({ where: { eventId } }),
    prisma.sessionRelay.count({ where: { session: { eventId } } }),
    prisma.person.count({ where: { organizationId: orgId } }),
    prisma.person.count({ where: { organizationId: orgId, isVip: true } }),
    prisma.eventParticipant.count({ where: { eventId } }),
    prisma.sessionRole.count({ where: { session: { eventId } } }),
  ]);
  const [videoMessages, parties, agreements, agreementParties, outcomes] = await Promise.all([
    prisma.videoMessage.count({ where: { eventId } }),
    prisma.party.count({ where: { organizationId: orgId } }),
    prisma.agreement.count({ where: { eventId } }),
    prisma.agreementParty.count({ where: { agreement: { eventId } } }),
    prisma.outcome.count({ where: { eventId } }),
  ]);
  return {
    eventId,
    eventSlug: DEMO_EVENT.slug,
    eventSeeded,
    counts: {
      organizations,
      users,
      venues,
      sessions,
      sessionRelays,
      people,
      vips,
      participants,
      sessionRoles,
      videoMessages,
      parties,
      agreements,
      agreementParties,
      outcomes,
    },
  };
}
