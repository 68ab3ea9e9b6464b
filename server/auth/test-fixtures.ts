import "server-only";
import { randomBytes } from "node:crypto";
import type { Role } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { hashPassword } from "./password.ts";

// Small builders for the auth tests (prisma/seed/factories.ts did not exist yet when these
// were written; switch to it once it covers users, organizations and events).

const suffix = () => randomBytes(3).toString("hex");

export const TEST_PASSWORD = "correct horse battery staple";

export async function createTestUser(options: { email?: string; name?: string; role?: Role; active?: boolean; password?: string } = {}) {
  return db().user.create({
    data: {
      email: options.email ?? `user-${suffix()}@example.org`,
      name: options.name ?? "Test User",
      role: options.role ?? "DELEGATE",
      active: options.active ?? true,
      passwordHash: await hashPassword(options.password ?? TEST_PASSWORD),
    },
    select: { id: true, email: true, name: true, role: true },
  });
}

export async function createTestOrganization(slug = `org-${suffix()}`) {
  return db().organization.create({ data: { slug, name: { en: slug }, country: "CN" }, select: { id: true } });
}

export async function addMembership(userId: string, organizationId: string) {
  await db().membership.create({ data: { userId, organizationId } });
}

export async function createTestEvent(organizationId: string) {
  const slug = `event-${suffix()}`;
  return db().event.create({
    data: {
      organizationId,
      slug,
      title: { en: slug },
      sideAName: { en: "Shandong" },
      sideBName: { en: "Japan" },
      languages: ["en"],
      primaryTimeZone: "Asia/Shanghai",
      startDate: new Date("2020-07-30"),
      endDate: new Date("2020-07-30"),
    },
    select: { id: true, organizationId: true },
  });
}
