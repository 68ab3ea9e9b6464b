import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { DEMO_EVENT } from "@/prisma/seed/demo-event";

// Shared by the agenda, registration and calendar tests: the demo event and actors.
export const DEMO_SLUG = DEMO_EVENT.slug;
export const DEMO_EVENT_ID = DEMO_EVENT.id;

export async function seedDemoEvent(): Promise<void> {
  await seedDemo(db());
}

export const delegate: CurrentUser = { id: "demo-user-delegate", email: "delegate@accord.test", name: "Sato Kenji", role: "DELEGATE", memberships: [] };

/** A fresh delegate account (registrations are one per user and event). */
export async function createDelegate(label: string): Promise<CurrentUser> {
  const email = `${label}-${Math.random().toString(36).slice(2, 8)}@accord.test`;
  const user = await db().user.create({ data: { email, name: label, passwordHash: "x", role: "DELEGATE" }, select: { id: true } });
  return { id: user.id, email, name: label, role: "DELEGATE", memberships: [] };
}
