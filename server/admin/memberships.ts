import "server-only";
import { addMembershipSchema, changeMembershipSchema, removeMembershipSchema } from "@/lib/validation/admin-schemas";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { isUniqueViolation } from "@/server/db/database-errors";
import { conflict, invalid, notFound, type ActionResult, fieldError } from "@/server/shared/result";
import { adminGate } from "./admin-gate.ts";
import { msg } from "@/lib/i18n/server-messages/message";

export const NO_SUCH_ACCOUNT = msg("admin.noSuchAccount");
export const ALREADY_MEMBER = msg("admin.alreadyMember");

/**
 * An admin adds an existing account to an organization as OWNER, ORGANIZER or VIEWER. A
 * delegate account becomes an organizer (memberships grant nothing to delegates). The
 * (user, organization) unique constraint turns a repeated submit into "already a member".
 */
export async function addMembership(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  const gate = adminGate(actor);
  if ("denied" in gate) return gate.denied;
  const parsed = addMembershipSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { organizationId, email, role } = parsed.data;
  const org = await db().organization.findUnique({ where: { id: organizationId }, select: { id: true } });
  if (!org) return notFound("Organization");
  const user = await db().user.findFirst({
    where: { email: { equals: email, mode: "insensitive" } },
    select: { id: true, role: true, version: true },
  });
  if (!user) return fieldError("email", NO_SUCH_ACCOUNT);
  try {
    const id = await db().$transaction(async (tx) => {
      const row = await tx.membership.create({ data: { userId: user.id, organizationId, role }, select: { id: true } });
      if (user.role === "DELEGATE") {
        await tx.user.update({ where: { id: user.id }, data: { role: "ORGANIZER", version: { increment: 1 } }, select: { id: true } });
        await recordAudit(tx, {
          actorId: gate.actor.id,
          entity: "User",
          entityId: user.id,
          action: "role",
          before: { role: "DELEGATE" },
          after: { role: "ORGANIZER" },
        });
      }
      await recordAudit(tx, {
        actorId: gate.actor.id,
        organizationId,
        entity: "Membership",
        entityId: row.id,
        action: "create",
        after: { userId: user.id, organizationId, role },
      });
      return row.id;
    });
    return { ok: true, data: { id } };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return fieldError("email", ALREADY_MEMBER);
  }
}

const select = { id: true, userId: true, organizationId: true, role: true, version: true } as const;

/** OWNER / ORGANIZER / VIEWER, with a version check. */
export async function changeMembershipRole(
  actor: CurrentUser | null,
  input: unknown,
): Promise<ActionResult<{ id: string; version: number }>> {
  const gate = adminGate(actor);
  if ("denied" in gate) return gate.denied;
  const parsed = changeMembershipSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { membershipId: id, version, role } = parsed.data;
  return db().$transaction(async (tx) => {
    const before = await tx.membership.findUnique({ where: { id }, select });
    if (!before) return notFound("Membership");
    const { count } = await tx.membership.updateMany({ where: { id, version }, data: { role, version: { increment: 1 } } });
    if (count === 0) return conflict(before.version);
    const after = { ...before, role, version: before.version + 1 };
    await recordAudit(tx, {
      actorId: gate.actor.id,
      organizationId: before.organizationId,
      entity: "Membership",
      entityId: id,
      action: "update",
      before,
      after,
    });
    return { ok: true as const, data: { id, version: after.version } };
  });
}

/** Removes a membership (the account stays), with a version check. */
export async function removeMembership(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  const gate = adminGate(actor);
  if ("denied" in gate) return gate.denied;
  const parsed = removeMembershipSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { membershipId: id, version } = parsed.data;
  return db().$transaction(async (tx) => {
    const before = await tx.membership.findUnique({ where: { id }, select });
    if (!before) return notFound("Membership");
    const { count } = await tx.membership.deleteMany({ where: { id, version } });
    if (count === 0) return conflict(before.version);
    await recordAudit(tx, {
      actorId: gate.actor.id,
      organizationId: before.organizationId,
      entity: "Membership",
      entityId: id,
      action: "delete",
      before,
    });
    return { ok: true as const, data: { id } };
  });
}
