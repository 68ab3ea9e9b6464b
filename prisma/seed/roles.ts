import type { MemberRole, Role, User } from "../../server/db/generated/client.ts";
import { createOrganization, createUser } from "./factories.ts";
import type { FactoryDb } from "./factory-helpers.ts";

// The one vocabulary for callers, used by vitest worlds, Playwright and scripts (and by the
// access policy): who someone is relative to an event's organization.
//   admin     platform administrator (no membership)
//   owner     OWNER member of the event's organization
//   member    ORGANIZER member of the event's organization
//   viewer    VIEWER member of the event's organization
//   outsider  organizer of another organization (OWNER there)
//   delegate  a signed-in participant
//   anonymous nobody signed in
export const ROLE_NAMES = ["admin", "owner", "member", "viewer", "outsider", "delegate", "anonymous"] as const;
export type RoleName = (typeof ROLE_NAMES)[number];
export type SignedInRole = Exclude<RoleName, "anonymous">;

/** The caller as server functions take it (the shape of CurrentUser in server/auth). */
export type Actor = { id: string; email: string; name: string; role: Role; memberships: { organizationId: string; role: MemberRole }[] };
export type Actors = { [R in SignedInRole]: Actor } & { anonymous: null };
export type RoleUsers = { [R in SignedInRole]: User & { password: string } };

const asActor = (u: User, memberships: Actor["memberships"]): Actor => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  memberships,
});

/**
 * One user per role around organization `orgId`; the outsider belongs to `otherOrgId`
 * (a fresh organization unless given). Users sign in with FACTORY_PASSWORD.
 */
export async function createRoleUsers(
  db: FactoryDb,
  refs: { orgId: string; otherOrgId?: string },
): Promise<{ otherOrgId: string; users: RoleUsers; actors: Actors }> {
  const { orgId } = refs;
  const otherOrgId = refs.otherOrgId ?? (await createOrganization(db, { country: "JP" })).id;
  const users: RoleUsers = {
    admin: await createUser(db, { role: "ADMIN" }),
    owner: await createUser(db, { role: "ORGANIZER", orgId, memberRole: "OWNER" }),
    member: await createUser(db, { role: "ORGANIZER", orgId, memberRole: "ORGANIZER" }),
    viewer: await createUser(db, { role: "ORGANIZER", orgId, memberRole: "VIEWER" }),
    outsider: await createUser(db, { role: "ORGANIZER", orgId: otherOrgId, memberRole: "OWNER" }),
    delegate: await createUser(db, { role: "DELEGATE" }),
  };
  const actors: Actors = {
    admin: asActor(users.admin, []),
    owner: asActor(users.owner, [{ organizationId: orgId, role: "OWNER" }]),
    member: asActor(users.member, [{ organizationId: orgId, role: "ORGANIZER" }]),
    viewer: asActor(users.viewer, [{ organizationId: orgId, role: "VIEWER" }]),
    outsider: asActor(users.outsider, [{ organizationId: otherOrgId, role: "OWNER" }]),
    delegate: asActor(users.delegate, []),
    anonymous: null,
  };
  return { otherOrgId, users, actors };
}
