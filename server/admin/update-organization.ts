import "server-only";
import { setOrganizationActiveSchema, updateOrganizationSchema } from "@/lib/validation/admin-schemas";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import type { Prisma } from "@/server/db/client";
import { db } from "@/server/db/client";
import { conflict, invalid, notFound, type ActionResult } from "@/server/shared/result";
import { adminGate } from "./admin-gate.ts";

const select = { id: true, name: true, country: true, active: true, version: true } as const;
type Change = Pick<Prisma.OrganizationUpdateManyMutationInput, "name" | "country" | "active">;

/** Writes one change with its version check and audit row: a stale version changes nothing. */
async function changeOrganization(
  actorId: string,
  id: string,
  version: number,
  data: Change,
  action: string,
): Promise<ActionResult<{ id: string; version: number }>> {
  return db().$transaction(async (tx) => {
    const before = await tx.organization.findUnique({ where: { id }, select });
    if (!before) return notFound("Organization");
    const { count } = await tx.organization.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) return conflict(before.version);
    const after = await tx.organization.findUniqueOrThrow({ where: { id }, select });
    await recordAudit(tx, { actorId, organizationId: id, entity: "Organization", entityId: id, action, before, after });
    return { ok: true as const, data: { id, version: after.version } };
  });
}

/** Rename (name in each language) and country. */
export async function updateOrganization(actor: CurrentUser | null, input: unknown) {
  const gate = adminGate(actor);
  if ("denied" in gate) return gate.denied;
  const parsed = updateOrganizationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { organizationId, version, name, country } = parsed.data;
  return changeOrganization(gate.actor.id, organizationId, version, { name, country }, "update");
}

/** Deactivate (its members can no longer manage its events; its public events stay) or reactivate. */
export async function setOrganizationActive(actor: CurrentUser | null, input: unknown) {
  const gate = adminGate(actor);
  if ("denied" in gate) return gate.denied;
  const parsed = setOrganizationActiveSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { organizationId, version, active } = parsed.data;
  return changeOrganization(gate.actor.id, organizationId, version, { active }, active ? "reactivate" : "deactivate");
}
