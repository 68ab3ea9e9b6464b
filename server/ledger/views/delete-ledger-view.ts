import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { gateFor } from "@/server/access/authorize";
import { can } from "@/server/access/policy";
import { recordAudit } from "@/server/audit/record-audit";
import { db } from "@/server/db/client";
import { deleteLedgerViewSchema } from "@/lib/validation/ledger-view-schema";
import { conflict, invalid, notFound, type ActionResult } from "@/server/shared/result";

/** Deletes one of the caller's saved views (version-checked); anyone else's answers "not found". */
export async function deleteLedgerView(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  const gate = gateFor(actor, "ledger.views");
  if ("denied" in gate) return gate.denied;
  const parsed = deleteLedgerViewSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { viewId, version } = parsed.data;
  return db().$transaction(async (tx): Promise<ActionResult<{ id: string }>> => {
    const view = await tx.ledgerView.findFirst({
      where: { id: viewId, userId: gate.actor.id },
      select: { id: true, name: true, query: true, version: true, organizationId: true },
    });
    if (!view || !can(gate.actor, "ledger.views", { organizationId: view.organizationId })) return notFound("Saved view");
    const { count } = await tx.ledgerView.deleteMany({ where: { id: viewId, version } });
    if (count === 0) return conflict(view.version);
    await recordAudit(tx, {
      actorId: gate.actor.id,
      organizationId: view.organizationId,
      entity: "LedgerView",
      entityId: view.id,
      action: "delete",
      before: { name: view.name, query: view.query },
    });
    return { ok: true, data: { id: view.id } };
  });
}
