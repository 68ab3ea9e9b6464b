import { randomUUID } from "node:crypto";
import { db } from "../db/client.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { createMultiVenueEvent, createOrganization, createParty, createSession, createUser } from "@/prisma/seed/factories";

// Shared world for the agreement/tally tests: one organization with a published two-venue
// event, the five kinds of caller of the role matrix, and a second organization.

export type Actors = {
  admin: CurrentUser;
  owner: CurrentUser;
  member: CurrentUser;
  otherOrganizer: CurrentUser;
  delegate: CurrentUser;
  anonymous: null;
};

const asActor = (u: { id: string; email: string; name: string; role: CurrentUser["role"] }, memberships: CurrentUser["memberships"] = []): CurrentUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  memberships,
});

export async function createAgreementWorld() {
  const client = db();
  const { orgId, event, jinan, tokyo, online } = await createMultiVenueEvent(client, { event: { status: "PUBLISHED" } });
  const otherOrg = await createOrganization(client);
  const session = await createSession(client, { eventId: event.id, hostVenueId: jinan.id, relayVenueIds: [tokyo.id] }, { type: "SIGNING_CEREMONY" });
  const party = await createParty(client, orgId);
  const foreignParty = await createParty(client, otherOrg.id);
  const actors: Actors = {
    admin: asActor(await createUser(client, { role: "ADMIN" })),
    owner: asActor(await createUser(client, { role: "ORGANIZER", orgId, memberRole: "OWNER" }), [{ organizationId: orgId, role: "OWNER" }]),
    member: asActor(await createUser(client, { role: "ORGANIZER", orgId, memberRole: "ORGANIZER" }), [{ organizationId: orgId, role: "ORGANIZER" }]),
    otherOrganizer: asActor(await createUser(client, { role: "ORGANIZER", orgId: otherOrg.id, memberRole: "OWNER" }), [{ organizationId: otherOrg.id, role: "OWNER" }]),
    delegate: asActor(await createUser(client, { role: "DELEGATE" })),
    anonymous: null,
  };
  return { orgId, otherOrgId: otherOrg.id, event, jinan, tokyo, online, session, party, foreignParty, actors };
}

export type AgreementWorld = Awaited<ReturnType<typeof createAgreementWorld>>;

export function agreementInput(world: AgreementWorld, overrides: Record<string, unknown> = {}) {
  return {
    eventId: world.event.id,
    title: { en: "Joint lab for rehabilitation robots", zh: "康复机器人联合实验室", ja: "リハビリロボット共同研究所" },
    sector: "medical-health",
    type: "MOU",
    value: "1250000.50",
    currency: "CNY",
    cityA: { en: "Jinan", zh: "济南", ja: "済南" },
    cityB: { en: "Osaka", zh: "大阪", ja: "大阪" },
    sessionId: world.session.id,
    venueId: world.jinan.id,
    signedAtLocal: "2020-07-30T11:30",
    visibility: "PUBLIC",
    partiesA: [{ partyId: world.party.id }],
    partiesB: [{ name: { ja: "なにわ医療機器株式会社" }, country: "JP" }],
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

/** Row counts that every refused call must leave unchanged. */
export async function snapshotCounts() {
  const c = db();
  const [agreements, parties, links, outcomes, audits] = await Promise.all([
    c.agreement.count(),
    c.party.count(),
    c.agreementParty.count(),
    c.outcome.count(),
    c.auditLog.count(),
  ]);
  return { agreements, parties, links, outcomes, audits };
}
