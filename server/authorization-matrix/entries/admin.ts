import "server-only";
import { expect } from "vitest";
import { createOrganization, createUser, uniqueSuffix } from "@/prisma/seed/factories";
import { db } from "@/server/db/client";
import type { Matrix, Scenario } from "../types.ts";
import { form, resultData, uniqueTitle } from "./helpers.ts";

// Administration (organizations, users, memberships): admins only ("admin.manage"); every
// other caller is refused before anything is read.

const ORGS = "app/organizer/admin/organizations/actions.ts";
const USERS = "app/organizer/admin/users/actions.ts";

const one = (name: string, prepare: Scenario["prepare"]): { scenarios: Scenario[] } => ({
  scenarios: [{ name, access: { action: "admin.manage" }, prepare }],
});

export const adminEntries: Matrix = {
  [`${ORGS}#createOrganizationAction`]: one("create an organization", async () => {
    const slug = `org-${uniqueSuffix()}`;
    return {
      args: [null, form({ slug, name: { en: uniqueTitle("Council") }, country: "CN" })],
      verify: async () => expect(await db().organization.count({ where: { slug } })).toBe(1),
    };
  }),
  [`${ORGS}#updateOrganizationAction`]: one("rename an organization", async () => {
    const org = await createOrganization(db());
    const name = uniqueTitle("Renamed council");
    return {
      args: [null, form({ organizationId: org.id, version: 1, name: { en: name }, country: "JP" })],
      verify: async (o) => {
        expect(resultData(o)).toMatchObject({ id: org.id, version: 2 });
        expect(await db().organization.findUniqueOrThrow({ where: { id: org.id }, select: { name: true, country: true } })).toEqual({
          name: { en: name },
          country: "JP",
        });
      },
    };
  }),
  [`${ORGS}#setOrganizationActiveAction`]: one("deactivate an organization", async () => {
    const org = await createOrganization(db());
    return {
      args: [null, form({ organizationId: org.id, version: 1, active: "false" })],
      verify: async () => expect((await db().organization.findUniqueOrThrow({ where: { id: org.id } })).active).toBe(false),
    };
  }),
  [`${USERS}#changeUserRoleAction`]: one("make a delegate an organizer", async () => {
    const user = await createUser(db(), { role: "DELEGATE" });
    return {
      args: [null, form({ userId: user.id, version: 1, role: "ORGANIZER" })],
      verify: async () => expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("ORGANIZER"),
    };
  }),
  [`${USERS}#setUserActiveAction`]: one("deactivate a user", async () => {
    const user = await createUser(db(), { role: "ORGANIZER" });
    return {
      args: [null, form({ userId: user.id, version: 1, active: "false" })],
      verify: async () => expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).active).toBe(false),
    };
  }),
  [`${USERS}#addMembershipAction`]: one("add an account to an organization", async () => {
    const org = await createOrganization(db());
    const user = await createUser(db(), { role: "ORGANIZER" });
    return {
      args: [null, form({ organizationId: org.id, email: user.email, role: "VIEWER" })],
      verify: async () =>
        expect(await db().membership.findMany({ where: { userId: user.id }, select: { organizationId: true, role: true } })).toEqual([
          { organizationId: org.id, role: "VIEWER" },
        ]),
    };
  }),
  [`${USERS}#changeMembershipRoleAction`]: one("make a member an owner", async () => {
    const org = await createOrganization(db());
    const user = await createUser(db(), { role: "ORGANIZER", orgId: org.id });
    const m = await db().membership.findFirstOrThrow({ where: { userId: user.id } });
    return {
      args: [null, form({ membershipId: m.id, version: 1, role: "OWNER" })],
      verify: async () =>
        expect(await db().membership.findUniqueOrThrow({ where: { id: m.id }, select: { role: true, version: true } })).toEqual({
          role: "OWNER",
          version: 2,
        }),
    };
  }),
  [`${USERS}#removeMembershipAction`]: one("remove a membership", async () => {
    const org = await createOrganization(db());
    const user = await createUser(db(), { role: "ORGANIZER", orgId: org.id });
    const m = await db().membership.findFirstOrThrow({ where: { userId: user.id } });
    return {
      args: [null, form({ membershipId: m.id, version: 1 })],
      verify: async () => expect(await db().membership.count({ where: { id: m.id } })).toBe(0),
    };
  }),
};
