import "server-only";
import { changeUserRoleSchema, setUserActiveSchema } from "@/lib/validation/admin-schemas";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import type { Role } from "@/server/db/generated/client";
import { conflict, invalid, notFound, type ActionResult } from "@/server/shared/result";
import { adminGate, isLastActiveAdmin, LAST_ADMIN_MESSAGE, lockAdminChanges } from "./admin-gate.ts";

type Change = { role?: Role; active?: boolean };
const select = { id: true, email: true, role: true, active: true, version: true } as const;

/**
 * One change to a user (global role or active), under the admin-changes lock: an admin is
 * never demoted or deactivated when no other active admin would remain. Deactivating ends
 * every session of the user at once (their AuthSession rows go, and getCurrentUser refuses an
 * inactive user on any instance from the next request on).
 */
async function changeUser(
  actorId: string,
  userId: string,
  version: number,
  data: Change,
  action: string,
): Promise<ActionResult<{ id: string; version: number }>> {
  return db().$transaction(async (tx) => {
    await lockAdminChanges(tx);
    const before = await tx.user.findUnique({ where: { id: userId }, select });
    if (!before) return notFound("User");
    if (before.version !== version) return conflict(before.version);
    const stillAdmin = (data.role ?? before.role) === "ADMIN" && (data.active ?? before.active);
    if (before.role === "ADMIN" && before.active && !stillAdmin && (await isLastActiveAdmin(tx, userId))) {
      return { ok: false as const, code: "invalid" as const, message: LAST_ADMIN_MESSAGE, fieldErrors: { _form: [LAST_ADMIN_MESSAGE] } };
    }
    const { count } = await tx.user.updateMany({ where: { id: userId, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) return conflict(before.version);
    if (data.active === false) await tx.authSession.deleteMany({ where: { userId } });
    const after = await tx.user.findUniqueOrThrow({ where: { id: userId }, select });
    await recordAudit(tx, { actorId, entity: "User", entityId: userId, action, before, after });
    return { ok: true as const, data: { id: userId, version: after.version } };
  });
}

/** An admin changes a user's global role (ADMIN, ORGANIZER, DELEGATE). */
export async function changeUserRole(actor: CurrentUser | null, input: unknown) {
  const gate = adminGate(actor);
  if ("denied" in gate) return gate.denied;
  const parsed = changeUserRoleSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { userId, version, role } = parsed.data;
  return changeUser(gate.actor.id, userId, version, { role }, "role");
}

/** An admin deactivates (signed out everywhere at once) or reactivates a user. */
export async function setUserActive(actor: CurrentUser | null, input: unknown) {
  const gate = adminGate(actor);
  if ("denied" in gate) return gate.denied;
  const parsed = setUserActiveSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { userId, version, active } = parsed.data;
  return changeUser(gate.actor.id, userId, version, { active }, active ? "reactivate" : "deactivate");
}
