import { randomBytes } from "node:crypto";
import type { Agreement, Outcome, Party, Person, Prisma, Registration, VideoMessage } from "../../server/db/generated/client.ts";
import { localized, uniqueSuffix, type FactoryDb } from "./factory-helpers.ts";

// Factories for rows that hang off an organization or an event; see factories.ts.

/** A person kept by `orgId` (not a VIP, no side unless overridden). */
export async function createPerson(
  db: FactoryDb,
  orgId: string,
  overrides: Partial<Prisma.PersonUncheckedCreateInput> = {},
): Promise<Person> {
  const s = uniqueSuffix();
  return db.person.create({
    data: {
      organizationId: orgId,
      name: localized(`Person ${s}`),
      title: localized("Director", "主任", "部長"),
      country: "CN",
      ...overrides,
    },
  });
}

/** A signatory (company, city, agency) kept by `orgId`. */
export async function createParty(db: FactoryDb, orgId: string, overrides: Partial<Prisma.PartyUncheckedCreateInput> = {}): Promise<Party> {
  const s = uniqueSuffix();
  return db.party.create({
    data: { organizationId: orgId, name: localized(`Party ${s} Co., Ltd.`), country: "CN", ...overrides },
  });
}

/** A SIGNED, PUBLIC agreement with the given parties on side A and side B. */
export async function createAgreement(
  db: FactoryDb,
  refs: { eventId: string; sideA?: string[]; sideB?: string[] },
  overrides: Partial<Prisma.AgreementUncheckedCreateInput> = {},
): Promise<Agreement> {
  const agreement = await db.agreement.create({
    data: {
      eventId: refs.eventId,
      title: localized(`Agreement ${uniqueSuffix()}`),
      sector: "high-end-equipment",
      type: "MOU",
      signedAt: new Date("2020-07-30T03:30:00Z"),
      ...overrides,
    },
  });
  const parties = [
    ...(refs.sideA ?? []).map((partyId) => ({ agreementId: agreement.id, partyId, side: "A" as const })),
    ...(refs.sideB ?? []).map((partyId) => ({ agreementId: agreement.id, partyId, side: "B" as const })),
  ];
  if (parties.length) await db.agreementParty.createMany({ data: parties });
  return agreement;
}

/** A PUBLIC programme (kind PROGRAMME unless overridden) established at the event. */
export async function createOutcome(
  db: FactoryDb,
  eventId: string,
  overrides: Partial<Prisma.OutcomeUncheckedCreateInput> = {},
): Promise<Outcome> {
  return db.outcome.create({
    data: { eventId, kind: "PROGRAMME", title: localized(`Outcome ${uniqueSuffix()}`), ...overrides },
  });
}

/** A REQUESTED three-minute video message in Japanese from `personId`. */
export async function createVideoMessage(
  db: FactoryDb,
  refs: { eventId: string; personId: string; sessionId?: string },
  overrides: Partial<Prisma.VideoMessageUncheckedCreateInput> = {},
): Promise<VideoMessage> {
  return db.videoMessage.create({
    data: {
      eventId: refs.eventId,
      personId: refs.personId,
      sessionId: refs.sessionId ?? null,
      title: localized(`Video message ${uniqueSuffix()}`),
      durationSec: 180,
      language: "ja",
      ...overrides,
    },
  });
}

/** A CONFIRMED registration of `userId`, with an unguessable calendar token. */
export async function createRegistration(
  db: FactoryDb,
  refs: { eventId: string; userId: string; venueId?: string | null },
  overrides: Partial<Prisma.RegistrationUncheckedCreateInput> = {},
): Promise<Registration> {
  return db.registration.create({
    data: {
      eventId: refs.eventId,
      userId: refs.userId,
      venueId: refs.venueId ?? null,
      calendarToken: randomBytes(24).toString("base64url"),
      ...overrides,
    },
  });
}
