import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { authorize, gateFor } from "@/server/access/authorize";
import { recordAudit } from "@/server/audit/record-audit";
import { isUniqueViolation } from "@/server/db/database-errors";
import { db } from "@/server/db/client";
import { saveLedgerViewSchema } from "@/lib/validation/ledger-view-schema";
import { conflict, invalid, notFound, type ActionResult } from "@/server/shared/result";
import { LEDGER_VIEW_SELECT, viewNameTaken, type LedgerViewRow } from "./ledger-view-row.ts";

/**
 * Saves the caller's named view of an organization's ledger: a new one (no viewId), or one of
 * their own renamed and/or given new filters (viewId + version; a stale version is "changed
 * by someone else"). Names are unique per user and organization, so a double submit makes one row.
 */
export async function saveLedgerView(actor: CurrentUser | null, input: unknown): Promise<ActionResult<LedgerViewRow>> {
  const gate = gateFor(actor, "ledger.views");
  if ("denied" in gate) return gate.denied;
  const orgId = (input as { organizationId?: unknown })?.organizationId;
  const org =
    typeof orgId === "string" && orgId
      ? await db().organization.findUnique({ where: { id: orgId.slice(0, 64) }, select: { id: true } })
      : null;
  const denied = authorize(gate.actor, "ledger.views", org ? { organizationId: org.id } : null, "Organization");
  if (denied) return denied;
  const parsed = saveLedgerViewSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { viewId, version, name, query } = parsed.data;
  const mine = { userId: gate.actor.id, organizationId: org!.id };
  try {
    return await db().$transaction(async (tx): Promise<ActionResult<LedgerViewRow>> => {
      let before: LedgerViewRow | null = null;
      let id = viewId;
      if (id) {
        before = await tx.ledgerView.findFirst({ where: { id, ...mine }, select: LEDGER_VIEW_SELECT });
        if (!before) return notFound("Saved view");
        const { count } = await tx.ledgerView.updateMany({
          where: { id, version },
          data: { name, ...(query === undefined ? {} : { query }), version: { increment: 1 } },
        });
        if (count === 0) return conflict(before.version);
      } else {
        id = (await tx.ledgerView.create({ data: { ...mine, name, query: query ?? "" }, select: { id: true } })).id;
      }
      const after = await tx.ledgerView.findUniqueOrThrow({ where: { id }, select: LEDGER_VIEW_SELECT });
      await recordAudit(tx, {
        actorId: gate.actor.id,
        organizationId: mine.organizationId,
        entity: "LedgerView",
        entityId: id,
        action: before ? "update" : "create",
        before: before && { name: before.name, query: before.query },
        after: { name: after.name, query: after.query },
      });
      return { ok: true, data: after };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return viewNameTaken();
    throw error;
  }
}
