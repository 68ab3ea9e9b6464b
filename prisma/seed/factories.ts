import { hashPassword } from "../../server/auth/password.ts";
import type { Event, MemberRole, Organization, Prisma, Role, Session, User, Venue } from "../../server/db/generated/client.ts";
import { DEMO_PASSWORD } from "./demo-users.ts";
import { localized, uniqueSuffix, type FactoryDb } from "./factory-helpers.ts";

// Small builders of valid rows for tests and e2e: each takes the client (or a transaction),
// the ids of the rows it hangs off, and optional overrides of any column. Slugs, e-mails
// and tokens are unique per call, so tests never collide with each other or the demo seed.
// People, parties, agreements, outcomes, video messages and registrations: factories-records.ts.

export { localized, uniqueSuffix, type FactoryDb };
export * from "./factories-records.ts";

/** Every user created here signs in with this password unless told otherwise. */
export const FACTORY_PASSWORD = DEMO_PASSWORD;

const hashes = new Map<string, Promise<string>>();
function cachedHash(password: string): Promise<string> {
  // Argon2id is slow on purpose; one hash per password keeps test suites fast.
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
}

export async function createOrganization(
  db: FactoryDb,
  overrides: Partial<Prisma.OrganizationUncheckedCreateInput> = {},
): Promise<Organization> {
  const s = uniqueSuffix();
  return db.organization.create({
    data: { slug: `org-${s}`, name: localized(`Organization ${s}`), country: "CN", ...overrides },
  });
}

export type CreateUserOptions = {
  role?: Role;
  /** Makes the user a member of this organization (as `memberRole`, default ORGANIZER). */
  orgId?: string;
  memberRole?: MemberRole;
  email?: string;
  name?: string;
  password?: string;
  active?: boolean;
  locale?: string;
  timeZone?: string | null;
};

/** A user (default role DELEGATE) and its plain password, for signing in. */
export async function createUser(db: FactoryDb, options: CreateUserOptions = {}): Promise<User & { password: string }> {
  const s = uniqueSuffix();
  const password = options.password ?? FACTORY_PASSWORD;
  const user = await db.user.create({
    data: {
      email: options.email ?? `user-${s}@accord.test`,
      name: options.name ?? `Test User ${s}`,
      role: options.role ?? "DELEGATE",
      passwordHash: await cachedHash(password),
      active: options.active ?? true,
      locale: options.locale ?? "en",
      timeZone: options.timeZone ?? null,
    },
  });
  if (options.orgId) {
    await db.membership.create({
      data: { userId: user.id, organizationId: options.orgId, role: options.memberRole ?? "ORGANIZER" },
    });
  }
  return { ...user, password };
}

/** An event (DRAFT unless overridden) on 30 July 2020 in Asia/Shanghai, languages en/zh/ja. */
export async function createEvent(db: FactoryDb, orgId: string, overrides: Partial<Prisma.EventUncheckedCreateInput> = {}): Promise<Event> {
  const s = uniqueSuffix();
  return db.event.create({
    data: {
      organizationId: orgId,
      slug: `event-${s}`,
      title: localized(`Test event ${s}`),
      sideAName: localized("Side A", "甲方", "A側"),
      sideBName: localized("Side B", "乙方", "B側"),
      languages: ["en", "zh", "ja"],
      primaryTimeZone: "Asia/Shanghai",
      startDate: new Date("2020-07-30T00:00:00Z"),
      endDate: new Date("2020-07-30T00:00:00Z"),
      ...overrides,
    },
  });
}

/** A physical venue in Jinan (Asia/Shanghai) unless overridden. */
export async function createVenue(
  db: FactoryDb,
  eventId: string,
  overrides: Partial<Prisma.VenueUncheckedCreateInput> = {},
): Promise<Venue> {
  const s = uniqueSuffix();
  return db.venue.create({
    data: {
      eventId,
      kind: "PHYSICAL",
      name: localized(`Venue ${s}`),
      city: localized("Jinan", "济南", "済南"),
      country: "CN",
      timeZone: "Asia/Shanghai",
      capacity: 100,
      ...overrides,
    },
  });
}

/** A one-hour PLENARY from 10:00 Jinan time (02:00Z) on 30 July 2020, relayed as asked. */
export async function createSession(
  db: FactoryDb,
  refs: { eventId: string; hostVenueId: string; relayVenueIds?: string[] },
  overrides: Partial<Prisma.SessionUncheckedCreateInput> = {},
): Promise<Session> {
  const session = await db.session.create({
    data: {
      eventId: refs.eventId,
      hostVenueId: refs.hostVenueId,
      type: "PLENARY",
      title: localized(`Session ${uniqueSuffix()}`),
      startsAt: new Date("2020-07-30T02:00:00Z"),
      endsAt: new Date("2020-07-30T03:00:00Z"),
      language: "zh",
      interpretation: ["ja", "en"],
      ...overrides,
    },
  });
  if (refs.relayVenueIds?.length) {
    await db.sessionRelay.createMany({ data: refs.relayVenueIds.map((venueId) => ({ sessionId: session.id, venueId })) });
  }
  return session;
}

/**
 * An organization with an event held in Jinan (Asia/Shanghai) and Tokyo (Asia/Tokyo) and
 * online, like the reference event in miniature. Pass `orgId` to reuse an organization.
 */
export async function createMultiVenueEvent(
  db: FactoryDb,
  options: { orgId?: string; event?: Partial<Prisma.EventUncheckedCreateInput> } = {},
): Promise<{ orgId: string; event: Event; jinan: Venue; tokyo: Venue; online: Venue }> {
  const orgId = options.orgId ?? (await createOrganization(db)).id;
  const event = await createEvent(db, orgId, options.event);
  const jinan = await createVenue(db, event.id, { position: 0 });
  const tokyo = await createVenue(db, event.id, {
    position: 1,
    city: localized("Tokyo", "东京", "東京"),
    country: "JP",
    timeZone: "Asia/Tokyo",
  });
  const online = await createVenue(db, event.id, {
    position: 2,
    kind: "ONLINE",
    name: localized("Cloud venue", "云端会场", "クラウド会場"),
    city: undefined,
    country: null,
    capacity: null,
    platform: "Zoom Webinar",
    streamUrl: `https://live.example.org/${event.slug}`,
    interpretationUrls: { en: `https://live.example.org/${event.slug}/en` },
  });
  return { orgId, event, jinan, tokyo, online };
}
