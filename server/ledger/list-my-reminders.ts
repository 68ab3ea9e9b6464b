import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { gateFor } from "@/server/access/authorize";
import { db } from "@/server/db/client";
import { asLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import type { ActionResult } from "@/server/shared/result";
import { dayString } from "./milestone-view.ts";
import { todayUtc } from "./ledger-where.ts";

export type Reminder = {
  id: string;
  typeKey: string;
  dueOn: string;
  overdue: boolean;
  agreementId: string;
  agreementTitle: LocalizedText;
  eventId: string;
};

/**
 * The caller's in-app reminders: milestones of the agreements they own the follow-up of that
 * are overdue or fall due within `days` days (at most 100, soonest first). The same owner is
 * also e-mailed (reminders/send-milestone-reminders.ts).
 */
export async function listMyReminders(actor: CurrentUser | null, days = 30): Promise<ActionResult<Reminder[]>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const today = todayUtc();
  const horizon = new Date(today.getTime() + days * 86_400_000);
  const rows = await db().agreementMilestone.findMany({
    where: {
      doneOn: null,
      dueOn: { lte: horizon },
      agreement: {
        status: { not: "CANCELLED" },
        followUp: { ownerId: gate.actor.id },
        event: { organizationId: { in: gate.actor.memberships.map((m) => m.organizationId) } },
      },
    },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    take: 100,
    select: { id: true, typeKey: true, dueOn: true, agreement: { select: { id: true, title: true, eventId: true } } },
  });
  return {
    ok: true,
    data: rows.map((m) => ({
      id: m.id,
      typeKey: m.typeKey,
      dueOn: dayString(m.dueOn) ?? "",
      overdue: !!m.dueOn && m.dueOn < today,
      agreementId: m.agreement.id,
      agreementTitle: asLocalizedText(m.agreement.title),
      eventId: m.agreement.eventId,
    })),
  };
}
