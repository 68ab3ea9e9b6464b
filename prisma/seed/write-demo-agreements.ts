import { DEMO_AGREEMENTS, demoAgreementId, demoAgreementSession, demoSignedAtLocal, type DemoAgreement } from "./demo-agreements.ts";
import { DEMO_OUTCOMES } from "./demo-outcomes.ts";
import { CITIES, DEMO_PARTIES, partyCountry } from "./demo-parties.ts";
import { DEMO_SESSIONS } from "./demo-sessions.ts";
import { localInstant } from "./demo-time.ts";
import { ZONE_JINAN, type SeedDb } from "./demo-types.ts";
import { DEMO_VENUES } from "./demo-venues.ts";

/**
 * When each project was signed: at the ceremony one after another from 11:22 Jinan time; at a
 * seminar 10, 20, 30 minutes after it began (host venue's time).
 */
function demoSignedAt(a: DemoAgreement, index: number): Date {
  const key = demoAgreementSession(a);
  if (key === "signing") return localInstant(demoSignedAtLocal(index), ZONE_JINAN);
  const session = DEMO_SESSIONS[key];
  const nth = DEMO_AGREEMENTS.filter((x) => demoAgreementSession(x) === key).indexOf(a) + 1;
  return new Date(localInstant(session.start, DEMO_VENUES[session.host].timeZone).getTime() + nth * 10 * 60_000);
}

/** Parties, the 17 signed agreements with their signatories, and the two outcomes. */
export async function writeDemoAgreements(tx: SeedDb, organizationId: string, eventId: string) {
  await tx.party.createMany({
    data: Object.values(DEMO_PARTIES).map((p) => ({
      id: p.id,
      organizationId,
      name: p.name,
      country: partyCountry(p),
      city: CITIES[p.city],
    })),
    skipDuplicates: true,
  });
  await tx.agreement.createMany({
    data: DEMO_AGREEMENTS.map((a, i) => ({
      id: demoAgreementId(a),
      idempotencyKey: demoAgreementId(a),
      eventId,
      title: a.title,
      sector: a.sector,
      type: a.type,
      valueMinor: a.value?.minor ?? null,
      currency: a.value?.currency ?? null,
      cityA: CITIES[a.cityA],
      cityB: CITIES[a.cityB],
      sessionId: DEMO_SESSIONS[demoAgreementSession(a)].id,
      venueId: DEMO_VENUES[a.venue].id,
      signedAt: demoSignedAt(a, i),
      status: "SIGNED" as const,
      visibility: "PUBLIC" as const,
    })),
    skipDuplicates: true,
  });
  await tx.agreementParty.createMany({
    data: DEMO_AGREEMENTS.flatMap((a) => [
      ...a.sideA.map((p) => ({ agreementId: demoAgreementId(a), partyId: DEMO_PARTIES[p].id, side: "A" as const })),
      ...a.sideB.map((p) => ({ agreementId: demoAgreementId(a), partyId: DEMO_PARTIES[p].id, side: "B" as const })),
    ]),
    skipDuplicates: true,
  });
  await tx.outcome.createMany({
    data: DEMO_OUTCOMES.map((o) => ({ ...o, idempotencyKey: o.id, eventId, visibility: "PUBLIC" as const })),
    skipDuplicates: true,
  });
}
