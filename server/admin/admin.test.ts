import { beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createUser, uniqueSuffix } from "@/prisma/seed/factories";
import { createRoleUsers, type Actors } from "@/prisma/seed/roles";
import { can } from "@/server/access/policy";
import { startAuthSession } from "@/server/auth/auth-sessions";
import { resolveCurrentUser } from "@/server/auth/resolve-current-user";
import { db } from "@/server/db/client";
import { useTestDatabase } from "@/server/testing/test-database";
import { LAST_ADMIN_MESSAGE } from "./admin-gate.ts";
import { changeUserRole, setUserActive } from "./change-user.ts";
import { createOrganization as adminCreateOrganization, SLUG_TAKEN } from "./create-organization.ts";
import { listOrganizations } from "./list-organizations.ts";
import { addMembership, ALREADY_MEMBER, changeMembershipRole, NO_SUCH_ACCOUNT, removeMembership } from "./memberships.ts";
import { searchUsers } from "./search-users.ts";
import { setOrganizationActive, updateOrganization } from "./update-organization.ts";

useTestDatabase();

let orgId: string;
let actors: Actors;
beforeAll(async () => {
  orgId = (await createOrganization(db())).id;
  ({ actors } = await createRoleUsers(db(), { orgId }));
});

const NOT_ADMINS = ["owner", "member", "viewer", "outsider", "delegate"] as const;

async function snapshot() {
  const p = db();
  return {
    orgs: await p.organization.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, name: true, active: true } }),
    users: await p.user.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, role: true, active: true } }),
    memberships: await p.membership.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, role: true } }),
    sessions: await p.authSession.count(),
    audit: await p.auditLog.count(),
  };
}

describe("organizations", () => {
  it("an admin creates one, renames it (same row, version up) and the audit log has both", async () => {
    const slug = `council-${uniqueSuffix()}`;
    const created = await adminCreateOrganization(actors.admin, { slug, name: { en: "Qingdao Council", zh: "青岛贸促会" }, country: "cn" });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data.id : "";
    const row = await db().organization.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ slug, country: "CN", active: true, version: 1 });

    const count = await db().organization.count();
    const renamed = await updateOrganization(actors.admin, {
      organizationId: id,
      version: 1,
      name: { en: "Qingdao Sub-council", ja: "青島分会" },
      country: "CN",
    });
    expect(renamed).toEqual({ ok: true, data: { id, version: 2 } });
    expect(await db().organization.count()).toBe(count);
    expect((await db().organization.findUniqueOrThrow({ where: { id } })).name).toEqual({ en: "Qingdao Sub-council", ja: "青島分会" });
    const audits = await db().auditLog.findMany({ where: { entity: "Organization", entityId: id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audits[1].actorId).toBe(actors.admin.id);
  });

  it("a stale version, a taken slug and bad input change nothing", async () => {
    const org = await createOrganization(db());
    const before = await snapshot();
    expect(await updateOrganization(actors.admin, { organizationId: org.id, version: 7, name: { en: "X" }, country: "CN" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await adminCreateOrganization(actors.admin, { slug: org.slug, name: { en: "Twin" }, country: "CN" })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { slug: [SLUG_TAKEN] },
    });
    expect(await adminCreateOrganization(actors.admin, { slug: "A B", name: {}, country: "China" })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { slug: expect.any(Array), country: [{ code: "admin.enterCountryCode" }] },
    });
    expect(
      await updateOrganization(actors.admin, { organizationId: "no-such-org", version: 1, name: { en: "X" }, country: "CN" }),
    ).toMatchObject({ code: "not_found" });
    expect(await snapshot()).toEqual(before);
  });

  it("is refused to everyone but admins, touching nothing", async () => {
    const org = await createOrganization(db());
    const before = await snapshot();
    for (const role of NOT_ADMINS) {
      expect(await listOrganizations(actors[role])).toMatchObject({ ok: false, code: "forbidden" });
      expect(await adminCreateOrganization(actors[role], { slug: `x-${uniqueSuffix()}`, name: { en: "X" }, country: "CN" })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
      expect(
        await updateOrganization(actors[role], { organizationId: org.id, version: 1, name: { en: "X" }, country: "CN" }),
      ).toMatchObject({ ok: false, code: "forbidden" });
      expect(await setOrganizationActive(actors[role], { organizationId: org.id, version: 1, active: "false" })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    expect(await listOrganizations(null)).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await snapshot()).toEqual(before);
  });

  it("deactivated, its members lose their role in it (outsiders from the next request on); reactivated, they have it back", async () => {
    const org = await createOrganization(db());
    const owner = await createUser(db(), { role: "ORGANIZER", orgId: org.id, memberRole: "OWNER" });
    const sid = await startAuthSession(owner.id);
    expect(can(await resolveCurrentUser({ uid: owner.id, sid }), "programme.manage", { organizationId: org.id })).toBe(true);
    expect(await setOrganizationActive(actors.admin, { organizationId: org.id, version: 1, active: "false" })).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    const listed = await listOrganizations(actors.admin);
    expect(listed.ok && listed.data.find((o) => o.id === org.id)).toMatchObject({ active: false, members: 1 });
    expect(can(await resolveCurrentUser({ uid: owner.id, sid }), "programme.manage", { organizationId: org.id })).toBe(false);
    expect(await setOrganizationActive(actors.admin, { organizationId: org.id, version: 2, active: "true" })).toMatchObject({
      ok: true,
      data: { version: 3 },
    });
    expect(can(await resolveCurrentUser({ uid: owner.id, sid }), "programme.manage", { organizationId: org.id })).toBe(true);
  });
});

describe("users", () => {
  it("searches by name or email, any case, a page at a time", async () => {
    const tag = `zq${uniqueSuffix()}`;
    for (let i = 0; i < 23; i++) await createUser(db(), { email: `${tag}-${String(i).padStart(2, "0")}@accord.test` });
    await createUser(db(), { name: `Someone ${tag.toUpperCase()}` });
    const first = await searchUsers(actors.admin, { q: tag.toUpperCase() });
    expect(first).toMatchObject({ ok: true, data: { total: 24, page: 1, pages: 2 } });
    const second = await searchUsers(actors.admin, { q: tag, page: "2" });
    expect(second.ok && second.data.users.length).toBe(4);
    expect(await searchUsers(actors.owner, { q: tag })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("changing the role: same row, version up, audited, and the next request sees it", async () => {
    const user = await createUser(db(), { role: "DELEGATE" });
    const sid = await startAuthSession(user.id);
    expect(await changeUserRole(actors.admin, { userId: user.id, version: 1, role: "ORGANIZER" })).toEqual({
      ok: true,
      data: { id: user.id, version: 2 },
    });
    expect((await resolveCurrentUser({ uid: user.id, sid }))?.role).toBe("ORGANIZER");
    expect(
      await db().auditLog.findFirst({
        where: { entity: "User", entityId: user.id, action: "role" },
        select: { before: true, after: true },
      }),
    ).toMatchObject({
      before: { role: "DELEGATE" },
      after: { role: "ORGANIZER" },
    });
    const before = await snapshot();
    expect(await changeUserRole(actors.admin, { userId: user.id, version: 1, role: "ADMIN" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await changeUserRole(actors.admin, { userId: user.id, version: 2, role: "KING" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await changeUserRole(actors.owner, { userId: user.id, version: 2, role: "ADMIN" })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("deactivating signs the user out everywhere at once; reactivating lets them sign in again", async () => {
    const user = await createUser(db(), { role: "ORGANIZER", orgId });
    const sids = [await startAuthSession(user.id), await startAuthSession(user.id)];
    expect(await setUserActive(actors.admin, { userId: user.id, version: 1, active: "false" })).toMatchObject({ ok: true });
    expect(await db().authSession.count({ where: { userId: user.id } })).toBe(0);
    for (const sid of sids) expect(await resolveCurrentUser({ uid: user.id, sid })).toBeNull();
    expect(await setUserActive(actors.admin, { userId: user.id, version: 2, active: "true" })).toMatchObject({
      ok: true,
      data: { version: 3 },
    });
    const fresh = await startAuthSession(user.id);
    expect(await resolveCurrentUser({ uid: user.id, sid: fresh })).toMatchObject({ id: user.id });
  });
});

/** A fresh admin who is the only active one: every other admin is made inactive. */
async function onlyAdmin() {
  const user = await createUser(db(), { role: "ADMIN" });
  await db().user.updateMany({ where: { role: "ADMIN", id: { not: user.id } }, data: { active: false } });
  return { actor: { id: user.id, email: user.email, name: user.name, role: user.role, memberships: [] }, version: user.version };
}

describe("the last active admin", () => {
  it("cannot be demoted or deactivated; with another admin it can", async () => {
    const a = await onlyAdmin();
    const before = await snapshot();
    const refusal = { ok: false, code: "invalid", message: LAST_ADMIN_MESSAGE };
    expect(await changeUserRole(a.actor, { userId: a.actor.id, version: a.version, role: "ORGANIZER" })).toMatchObject(refusal);
    expect(await setUserActive(a.actor, { userId: a.actor.id, version: a.version, active: "false" })).toMatchObject(refusal);
    expect(await snapshot()).toEqual(before);

    const b = await createUser(db(), { role: "ADMIN" });
    expect(await setUserActive(a.actor, { userId: b.id, version: 1, active: "false" })).toMatchObject({ ok: true });
    expect(await setUserActive(a.actor, { userId: a.actor.id, version: a.version, active: "false" })).toMatchObject(refusal);
  });

  it("two admins deactivating each other at once: one wins, the other gets the clear message", async () => {
    const a = await onlyAdmin();
    const b = await createUser(db(), { role: "ADMIN" });
    const bActor = { id: b.id, email: b.email, name: b.name, role: b.role, memberships: [] };
    const results = await Promise.all([
      setUserActive(a.actor, { userId: b.id, version: 1, active: "false" }),
      setUserActive(bActor, { userId: a.actor.id, version: a.version, active: "false" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ code: "invalid", message: LAST_ADMIN_MESSAGE })]);
    expect(await db().user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });
});

describe("memberships", () => {
  it("add an existing account (a delegate becomes an organizer), change its role (version up), remove it; all audited", async () => {
    const org = await createOrganization(db());
    const user = await createUser(db(), { role: "DELEGATE", email: `member-${uniqueSuffix()}@accord.test` });
    const added = await addMembership(actors.admin, { organizationId: org.id, email: user.email.toUpperCase(), role: "VIEWER" });
    expect(added.ok).toBe(true);
    const id = added.ok ? added.data.id : "";
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true } })).toEqual({ role: "ORGANIZER" });
    expect(await addMembership(actors.admin, { organizationId: org.id, email: user.email, role: "OWNER" })).toMatchObject({
      ok: false,
      fieldErrors: { email: [ALREADY_MEMBER] },
    });

    expect(await changeMembershipRole(actors.admin, { membershipId: id, version: 1, role: "OWNER" })).toEqual({
      ok: true,
      data: { id, version: 2 },
    });
    expect(await db().membership.findUniqueOrThrow({ where: { id }, select: { role: true, version: true } })).toEqual({
      role: "OWNER",
      version: 2,
    });
    expect(await changeMembershipRole(actors.admin, { membershipId: id, version: 1, role: "VIEWER" })).toMatchObject({ code: "conflict" });
    expect(await removeMembership(actors.admin, { membershipId: id, version: 1 })).toMatchObject({ code: "conflict" });
    expect(await removeMembership(actors.admin, { membershipId: id, version: 2 })).toEqual({ ok: true, data: { id } });
    expect(await db().membership.count({ where: { id } })).toBe(0);
    const actions = await db().auditLog.findMany({
      where: { entity: "Membership", entityId: id },
      orderBy: { id: "asc" },
      select: { action: true, organizationId: true },
    });
    expect(actions).toEqual(["create", "update", "delete"].map((action) => ({ action, organizationId: org.id })));
  });

  it("an unknown address, a missing organization and non-admins change nothing", async () => {
    const org = await createOrganization(db());
    const user = await createUser(db(), { role: "ORGANIZER", orgId: org.id });
    const membership = await db().membership.findFirstOrThrow({ where: { userId: user.id } });
    const before = await snapshot();
    expect(await addMembership(actors.admin, { organizationId: org.id, email: "nobody@accord.test", role: "OWNER" })).toMatchObject({
      fieldErrors: { email: [NO_SUCH_ACCOUNT] },
    });
    expect(await addMembership(actors.admin, { organizationId: "no-such-org", email: user.email, role: "OWNER" })).toMatchObject({
      code: "not_found",
    });
    expect(await addMembership(actors.admin, { organizationId: org.id, email: "not an address", role: "BOSS" })).toMatchObject({
      code: "invalid",
    });
    for (const role of NOT_ADMINS) {
      expect(await addMembership(actors[role], { organizationId: org.id, email: actors.delegate.email, role: "OWNER" })).toMatchObject({
        code: "forbidden",
      });
      expect(await changeMembershipRole(actors[role], { membershipId: membership.id, version: 1, role: "OWNER" })).toMatchObject({
        code: "forbidden",
      });
      expect(await removeMembership(actors[role], { membershipId: membership.id, version: 1 })).toMatchObject({ code: "forbidden" });
    }
    expect(await snapshot()).toEqual(before);
  });
});
