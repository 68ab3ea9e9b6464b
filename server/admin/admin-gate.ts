import "server-only";
import { gateFor } from "@/server/access/authorize";
import type { CurrentUser } from "@/server/auth/current-user";
import type { Prisma } from "@/server/db/client";
import { msg } from "@/lib/i18n/server-messages/message";

// Administration is for admins only (policy "admin.manage"): anyone else is refused before a
// record is read (anonymous: sign in; everyone else: forbidden).
export const adminGate = (actor: CurrentUser | null) => gateFor(actor, "admin.manage");

export const LAST_ADMIN_MESSAGE = msg("admin.lastAdmin");

/**
 * Serializes every change that could take away an admin (role change, deactivation) with a
 * transaction-scoped advisory lock, so two concurrent requests cannot each see "another admin
 * is left" and both remove one: the second waits, then counts what the first committed.
 */
export async function lockAdminChanges(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('accord:admin-changes'))`;
}

/** Whether no other active admin than `userId` exists (read after lockAdminChanges). */
export async function isLastActiveAdmin(tx: Prisma.TransactionClient, userId: string): Promise<boolean> {
  return (await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } })) === 0;
}
