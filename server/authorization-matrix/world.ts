import "server-only";
import { createMultiVenueEvent, createOrganization, createUser } from "@/prisma/seed/factories";
import { startAuthSession } from "@/server/auth/auth-sessions";
import { resolveCurrentUser, type CurrentUser } from "@/server/auth/resolve-current-user";
import { db } from "@/server/db/client";
import type { Prisma } from "@/server/db/client";
import type { RoleName } from "./types.ts";

// The callers of the matrix, one per role of the access policy, each relative to the owning
// organization: its OWNER, ORGANIZER and VIEWER members, the OWNER of another organization
// (so every refusal of the outsider is about ownership), a delegate, an admin, and nobody.
// The steward is a delegate account; it is a steward only where a scenario grants it a venue
// (StewardGrant), and elsewhere is refused like any delegate.
// Each is signed in for real and resolved as a request would resolve them.

export async function createMatrixWorld() {
  const p = db();
  const org = await createOrganization(p);
  const otherOrg = await createOrganization(p, { country: "JP" });
  const users = {
    admin: await createUser(p, { role: "ADMIN" }),
    owner: await createUser(p, { role: "ORGANIZER", orgId: org.id, memberRole: "OWNER" }),
    member: await createUser(p, { role: "ORGANIZER", orgId: org.id, memberRole: "ORGANIZER" }),
    viewer: await createUser(p, { role: "ORGANIZER", orgId: org.id, memberRole: "VIEWER" }),
    outsider: await createUser(p, { role: "ORGANIZER", orgId: otherOrg.id, memberRole: "OWNER" }),
    delegate: await createUser(p, { role: "DELEGATE" }),
    steward: await createUser(p, { role: "DELEGATE" }),
  };
  const signedIn = async (u: { id: string }): Promise<CurrentUser> => {
    const actor = await resolveCurrentUser({ uid: u.id, sid: await startAuthSession(u.id) });
    if (!actor) throw new Error("matrix caller did not resolve");
    return actor;
  };
  const actors: Record<RoleName, CurrentUser | null> = {
    admin: await signedIn(users.admin),
    owner: await signedIn(users.owner),
    member: await signedIn(users.member),
    viewer: await signedIn(users.viewer),
    outsider: await signedIn(users.outsider),
    delegate: await signedIn(users.delegate),
    steward: await signedIn(users.steward),
    anonymous: null,
  };
  return {
    orgId: org.id,
    otherOrgId: otherOrg.id,
    users,
    actors,
    /** A fresh event of the owning organization (Jinan, Tokyo, online); PUBLISHED unless told. */
    event: (overrides: Partial<Prisma.EventUncheckedCreateInput> = {}) =>
      createMultiVenueEvent(p, { orgId: org.id, event: { status: "PUBLISHED", ...overrides } }),
  };
}

export type MatrixWorld = Awaited<ReturnType<typeof createMatrixWorld>>;
