import { hashPassword } from "../../server/auth/password.ts";
import type { PrismaClient } from "../../server/db/generated/client.ts";
import { DEMO_ORGANIZATIONS } from "./demo-organizations.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users.ts";
import type { SeedDb } from "./demo-types.ts";

const demoUsers = Object.values(DEMO_USERS);

/**
 * Argon2id hashes for the demo users that do not exist yet. Run before the transaction:
 * hashing is slow on purpose, and existing users keep their hash (and any changed password).
 */
export async function hashMissingDemoUsers(prisma: PrismaClient | SeedDb): Promise<Map<string, string>> {
  const existing = await prisma.user.findMany({
    where: { email: { in: demoUsers.map((u) => u.email) } },
    select: { email: true },
  });
  const have = new Set(existing.map((u) => u.email));
  const hashes = new Map<string, string>();
  for (const u of demoUsers) if (!have.has(u.email)) hashes.set(u.email, await hashPassword(DEMO_PASSWORD));
  return hashes;
}

/** Creates the demo organizations if missing; returns their ids by slug. */
export async function writeDemoOrganizations(tx: SeedDb): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const org of DEMO_ORGANIZATIONS) {
    const row = await tx.organization.upsert({
      where: { slug: org.slug },
      create: { id: org.id, slug: org.slug, name: org.name, country: org.country },
      update: {},
      select: { id: true },
    });
    ids[org.slug] = row.id;
  }
  return ids;
}

/** Creates missing demo users (with the given hashes) and their memberships. */
export async function writeDemoUsers(tx: SeedDb, orgIds: Record<string, string>, hashes: Map<string, string>) {
  await tx.user.createMany({
    data: demoUsers
      .filter((u) => hashes.has(u.email))
      .map((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role, passwordHash: hashes.get(u.email)! })),
    skipDuplicates: true,
  });
  const rows = await tx.user.findMany({
    where: { email: { in: demoUsers.map((u) => u.email) } },
    select: { id: true, email: true },
  });
  const userIds = new Map(rows.map((r) => [r.email, r.id]));
  const memberships = demoUsers.flatMap((u) =>
    "membership" in u && userIds.has(u.email)
      ? [
          {
            id: `${u.id}-in-${u.membership.orgSlug}`,
            userId: userIds.get(u.email)!,
            organizationId: orgIds[u.membership.orgSlug],
            role: u.membership.role,
          },
        ]
      : [],
  );
  await tx.membership.createMany({ data: memberships, skipDuplicates: true });
}
