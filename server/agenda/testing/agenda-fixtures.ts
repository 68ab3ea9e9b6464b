import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { DEMO_EVENT } from "@/prisma/seed/demo-event";
import { DEMO_USERS } from "@/prisma/seed/demo-users";
import { createUser } from "@/prisma/seed/factories";

// Shared by the agenda, registration and calendar tests: the demo event and actors.
export const DEMO_SLUG = DEMO_EVENT.slug;
export const DEMO_EVENT_ID = DEMO_EVENT.id;

export async function seedDemoEvent(): Promise<void> {
  await seedDemo(db());
}

/** The demo delegate (prisma/seed/demo-users.ts) as a caller. */
export const delegate: CurrentUser = { ...DEMO_USERS.delegate, memberships: [] };

/** A fresh delegate account (registrations are one per user and event). */
export async function createDelegate(label: string): Promise<CurrentUser> {
  const user = await createUser(db(), { role: "DELEGATE", name: label });
  return { id: user.id, email: user.email, name: user.name, role: user.role, memberships: [] };
}

/** Moves the demo's last day into the future, so it takes registrations again (it ended in 2020). */
export async function reopenDemoEvent(): Promise<void> {
  await db().event.updateMany({ where: { slug: DEMO_SLUG }, data: { endDate: new Date("2099-12-31T00:00:00Z") } });
}
