import "server-only";
import { msg } from "@/lib/i18n/server-messages/message";
import type { CurrentUser } from "@/server/auth/current-user";
import { authorize, gateFor } from "@/server/access/authorize";
import { recordAudit } from "@/server/audit/record-audit";
import { isUniqueViolation } from "@/server/db/database-errors";
import { db } from "@/server/db/client";
import { addMilestoneTypeSchema } from "@/lib/validation/follow-up-schema";
import { BUILT_IN_MILESTONES } from "@/lib/ledger/milestone-types";
import { invalid, type ActionResult } from "@/server/shared/result";

export type AddedMilestoneType = { key: string; organizationId: string };

const keyOf = (name: { en?: string; zh?: string; ja?: string }) =>
  (name.en ?? "")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 32);

const taken = (): ActionResult<never> => ({
  ok: false,
  code: "invalid",
  message: msg("common.correctHighlightedFields"),
  fieldErrors: { name: [msg("ledger.milestoneKindExists")] },
});

/** Adds a milestone kind of the organization's own after the built-in ones. */
export async function addMilestoneType(actor: CurrentUser | null, input: unknown): Promise<ActionResult<AddedMilestoneType>> {
  const gate = gateFor(actor, "followup.write");
  if ("denied" in gate) return gate.denied;
  const organizationId =
    typeof (input as { organizationId?: unknown })?.organizationId === "string"
      ? (input as { organizationId: string }).organizationId.slice(0, 64)
      : "";
  const org = organizationId ? await db().organization.findUnique({ where: { id: organizationId }, select: { id: true } }) : null;
  const denied = authorize(gate.actor, "followup.write", org ? { organizationId: org.id } : null, "Organization");
  if (denied) return denied;
  const parsed = addMilestoneTypeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const base = keyOf(parsed.data.name);
  const key = `org_${base || Date.now().toString(36)}`;
  if (BUILT_IN_MILESTONES.some((m) => m.key === base || m.key === key)) return taken();
  try {
    return await db().$transaction(async (tx) => {
      const count = await tx.milestoneType.count({ where: { organizationId } });
      const row = await tx.milestoneType.create({
        data: { organizationId, key, name: parsed.data.name, position: 100 + count },
        select: { id: true, key: true },
      });
      await recordAudit(tx, {
        actorId: gate.actor.id,
        organizationId,
        entity: "MilestoneType",
        entityId: row.id,
        action: "create",
        after: { key, name: parsed.data.name },
      });
      return { ok: true, data: { key, organizationId } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return taken();
    throw error;
  }
}
