import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { can } from "@/server/access/policy";
import { db } from "@/server/db/client";
import { LEDGER_VIEW_SELECT, type LedgerViewRow } from "./ledger-view-row.ts";

/** The caller's own saved views of the organization's ledger, by name; none for those who may not keep any. */
export async function listLedgerViews(actor: CurrentUser | null, organizationId: string): Promise<LedgerViewRow[]> {
  if (!actor || !can(actor, "ledger.views", { organizationId })) return [];
  return db().ledgerView.findMany({
    where: { userId: actor.id, organizationId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 200,
    select: LEDGER_VIEW_SELECT,
  });
}
