import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { gateFor } from "@/server/access/authorize";
import { db } from "@/server/db/client";
import { asLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { notFound, type ActionResult } from "@/server/shared/result";
import { dayString } from "./milestone-view.ts";
import { resolveLedgerOrganization } from "./list-ledger.ts";
import { todayUtc } from "./ledger-where.ts";

export type OverdueMilestone = {
  id: string;
  typeKey: string;
  dueOn: string;
  agreementId: string;
  agreementTitle: LocalizedText;
  eventId: string;
  eventTitle: LocalizedText;
  owner: { id: string; name: string } | null;
};

/** Milestones of the organization's agreements past their due date and not done, oldest first (at most 200). */
export async function listOverdueMilestones(
  actor: CurrentUser | null,
  input: { organizationId?: string; ownerId?: string } = {},
): Promise<ActionResult<OverdueMilestone[]>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const organizationId = await resolveLedgerOrganization(gate.actor, input.organizationId?.slice(0, 64) || undefined);
  if (!organizationId) return notFound("Organization");
  const rows = await db().agreementMilestone.findMany({
    where: {
      doneOn: null,
      dueOn: { lt: todayUtc() },
      agreement: {
        event: { organizationId },
        status: { not: "CANCELLED" },
        ...(input.ownerId ? { followUp: { ownerId: input.ownerId } } : {}),
      },
    },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      typeKey: true,
      dueOn: true,
      agreement: {
        select: {
          id: true,
          title: true,
          event: { select: { id: true, title: true } },
          followUp: { select: { owner: { select: { id: true, name: true } } } },
        },
      },
    },
  });
  return {
    ok: true,
    data: rows.map((m) => ({
      id: m.id,
      typeKey: m.typeKey,
      dueOn: dayString(m.dueOn) ?? "",
      agreementId: m.agreement.id,
      agreementTitle: asLocalizedText(m.agreement.title),
      eventId: m.agreement.event.id,
      eventTitle: asLocalizedText(m.agreement.event.title),
      owner: m.agreement.followUp?.owner ?? null,
    })),
  };
}
