import { describe, expect, it } from "vitest";
import { verifyPassword } from "../../server/auth/password.ts";
import { db } from "../../server/db/client.ts";
import { useTestDatabase } from "../../server/testing/test-database.ts";
import {
  FACTORY_PASSWORD,
  createAgreement,
  createEvent,
  createMultiVenueEvent,
  createOrganization,
  createOutcome,
  createParty,
  createPerson,
  createRegistration,
  createSession,
  createUser,
  createVenue,
  createVideoMessage,
} from "./factories.ts";
import { ROLE_NAMES, createRoleUsers } from "./roles.ts";
import { seedDemo } from "./seed-demo.ts";

useTestDatabase();

describe("factories", () => {
  it("build a valid graph of rows with unique slugs and e-mails", async () => {
    const p = db();
    const org = await createOrganization(p);
    const other = await createOrganization(p, { country: "JP" });
    expect(org.slug).not.toBe(other.slug);

    const organizer = await createUser(p, { role: "ORGANIZER", orgId: org.id, memberRole: "OWNER" });
    const delegate = await createUser(p);
    expect(organizer.email).not.toBe(delegate.email);
    expect(delegate.role).toBe("DELEGATE");
    expect(await verifyPassword(organizer.passwordHash, FACTORY_PASSWORD)).toBe(true);
    expect(await p.membership.findFirst({ where: { userId: organizer.id } })).toMatchObject({ organizationId: org.id, role: "OWNER" });

    const event = await createEvent(p, org.id, { status: "PUBLISHED" });
    const jinan = await createVenue(p, event.id);
    const tokyo = await createVenue(p, event.id, { timeZone: "Asia/Tokyo", position: 1 });
    const session = await createSession(p, { eventId: event.id, hostVenueId: jinan.id, relayVenueIds: [tokyo.id] });
    expect(await p.sessionRelay.count({ where: { sessionId: session.id } })).toBe(1);

    const person = await createPerson(p, org.id, { isVip: true, side: "B" });
    const video = await createVideoMessage(p, { eventId: event.id, personId: person.id, sessionId: session.id }, { position: 1 });
    expect(video.status).toBe("REQUESTED");

    const [a, b] = [await createParty(p, org.id), await createParty(p, org.id, { country: "JP" })];
    const agreement = await createAgreement(p, { eventId: event.id, sideA: [a.id], sideB: [b.id] }, { valueMinor: 100n, currency: "JPY" });
    expect(await p.agreementParty.count({ where: { agreementId: agreement.id } })).toBe(2);
    expect((await createOutcome(p, event.id, { kind: "PLATFORM" })).kind).toBe("PLATFORM");

    const reg = await createRegistration(p, { eventId: event.id, userId: delegate.id, venueId: tokyo.id });
    expect(reg.calendarToken.length).toBeGreaterThanOrEqual(32);
  }, 60_000);

  it("build a multi-venue event and coexist with the demo seed", async () => {
    await seedDemo(db());
    const { event, jinan, tokyo, online } = await createMultiVenueEvent(db());
    expect([jinan.timeZone, tokyo.timeZone, online.kind]).toEqual(["Asia/Shanghai", "Asia/Tokyo", "ONLINE"]);
    expect(event.status).toBe("DRAFT");
    await seedDemo(db());
    expect(await db().agreement.count({ where: { idempotencyKey: { startsWith: "demo-agreement-" } } })).toBe(17);
  }, 60_000); // two full seeds with Argon2id hashing
});

describe("createRoleUsers", () => {
  it("makes one user per role name, with the membership the name says", async () => {
    const p = db();
    const org = await createOrganization(p);
    const { otherOrgId, users, actors } = await createRoleUsers(p, { orgId: org.id });
    expect(Object.keys(actors).sort()).toEqual([...ROLE_NAMES].sort());
    expect(actors.anonymous).toBeNull();
    const memberships = await p.membership.findMany({ select: { userId: true, organizationId: true, role: true } });
    const of = (userId: string) => memberships.filter((m) => m.userId === userId).map((m) => [m.organizationId, m.role]);
    expect(of(users.owner.id)).toEqual([[org.id, "OWNER"]]);
    expect(of(users.member.id)).toEqual([[org.id, "ORGANIZER"]]);
    expect(of(users.viewer.id)).toEqual([[org.id, "VIEWER"]]);
    expect(of(users.outsider.id)).toEqual([[otherOrgId, "OWNER"]]);
    expect(of(users.admin.id)).toEqual([]);
    expect(of(users.delegate.id)).toEqual([]);
    expect(actors.admin.role).toBe("ADMIN");
    expect(actors.delegate).toMatchObject({ role: "DELEGATE", memberships: [] });
    expect(actors.member).toMatchObject({
      id: users.member.id,
      role: "ORGANIZER",
      memberships: [{ organizationId: org.id, role: "ORGANIZER" }],
    });
    expect(actors.outsider.memberships).toEqual([{ organizationId: otherOrgId, role: "OWNER" }]);
  });
});
