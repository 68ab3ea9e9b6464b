import { randomUUID } from "node:crypto";
import { db } from "../db/client.ts";
import { createMultiVenueEvent, createOrganization, createParty, createSession } from "@/prisma/seed/factories";
import { createRoleUsers } from "@/prisma/seed/roles";

// Shared world for the agreement/tally tests: one organization with a published two-venue
// event, one actor per role name (prisma/seed/roles.ts), and a second organization.

export async function createAgreementWorld() {
  const client = db();
  const { orgId, event, jinan, tokyo, online } = await createMultiVenueEvent(client, { event: { status: "PUBLISHED" } });
  const otherOrg = await createOrganization(client);
  const session = await createSession(
    client,
    { eventId: event.id, hostVenueId: jinan.id, relayVenueIds: [tokyo.id] },
    { type: "SIGNING_CEREMONY" },
  );
  const party = await createParty(client, orgId);
  const foreignParty = await createParty(client, otherOrg.id);
  const { actors } = await createRoleUsers(client, { orgId, otherOrgId: otherOrg.id });
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
