import "server-only";
import { createOrganizationSchema } from "@/lib/validation/admin-schemas";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { isUniqueViolation } from "@/server/db/database-errors";
import { invalid, type ActionResult } from "@/server/shared/result";
import { adminGate } from "./admin-gate.ts";
import { msg } from "@/lib/i18n/server-messages/message";

export const SLUG_TAKEN = msg("admin.slugTaken");

/** An admin creates an organization; the unique slug makes a repeated submit create nothing more. */
export async function createOrganization(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  const gate = adminGate(actor);
  if ("denied" in gate) return gate.denied;
  const parsed = createOrganizationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { slug, name, country } = parsed.data;
  try {
    const id = await db().$transaction(async (tx) => {
      const row = await tx.organization.create({ data: { slug, name, country }, select: { id: true } });
      await recordAudit(tx, {
        actorId: gate.actor.id,
        organizationId: row.id,
        entity: "Organization",
        entityId: row.id,
        action: "create",
        after: { slug, name, country },
      });
      return row.id;
    });
    return { ok: true, data: { id } };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { ok: false, code: "invalid", message: msg("common.correctHighlightedFields"), fieldErrors: { slug: [SLUG_TAKEN] } };
  }
}
