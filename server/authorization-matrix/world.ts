import "server-only";
import { createMultiVenueEvent, createOrganization, createUser } from "@/prisma/seed/factories";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import type { Prisma } from "@/server/db/client";
import type { RoleName } from "./types.ts";

// The callers of the matrix. The "owning organizer" is what the product intends an
// organization's organizer to be: an ORGANIZER user with the OWNER membership, the level
// that may also record agreements and outcomes (server/agreements/event-access.ts). The
// plain member (membership role ORGANIZER) is the extra column. The other organization's
// organizer is OWNER of their own organization, so every refusal is about ownership.

export async function createMatrixWorld() {
  const p = db();
  const org = await createOrganization(p);
  const otherOrg = await createOrganization(p, { country: "JP" });
  const users = {
    admin: await createUser(p, { role: "ADMIN" }),
    ownerOrganizer: await createUser(p, { role: "ORGANIZER", orgId: org.id, memberRole: "OWNER" }),
    plainMember: await createUser(p, { role: "ORGANIZER", orgId: org.id, memberRole: "ORGANIZER" }),
    otherOrganizer: await createUser(p, { role: "ORGANIZER", orgId: otherOrg.id, memberRole: "OWNER" }),
    delegate: await createUser(p, { role: "DELEGATE" }),
  };
  const actor = (u: (typeof users)[keyof typeof users], orgIds: string[]): CurrentUser => ({
    id: u.id, email: u.email, name: u.name, role: u.role, organizationIds: orgIds,
  });
  const actors: Record<RoleName, CurrentUser | null> = {
    admin: actor(users.admin, []),
    ownerOrganizer: actor(users.ownerOrganizer, [org.id]),
    plainMember: actor(users.plainMember, [org.id]),
    otherOrganizer: actor(users.otherOrganizer, [otherOrg.id]),
    delegate: actor(users.delegate, []),
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
