import "server-only";
import { msg } from "@/lib/i18n/server-messages/message";
import type { CurrentUser } from "@/server/auth/current-user";
import { isDenied } from "@/server/access/authorize";
import { recordAudit } from "@/server/audit/record-audit";
import { isUniqueViolation } from "@/server/db/database-errors";
import { db } from "@/server/db/client";
import { conflict, invalid, notFound, type ActionResult } from "@/server/shared/result";
import { saveMilestoneSchema } from "@/lib/validation/follow-up-schema";
import { findFollowUpAgreement } from "./find-follow-up-agreement.ts";
import { milestoneKeysOf } from "./list-milestone-types.ts";
import { MILESTONE_SELECT, dayDate, toMilestoneView, type MilestoneView } from "./milestone-view.ts";

const duplicate = (): ActionResult<never> => ({
  ok: false,
  code: "invalid",
  message: msg("common.correctHighlightedFields"),
  fieldErrors: { typeKey: [msg("ledger.milestoneAlreadyOnAgreement")] },
});

/** Adds a milestone to an agreement (no id) or edits one (id + version). */
export async function saveMilestone(actor: CurrentUser | null, input: unknown): Promise<ActionResult<MilestoneView>> {
  const agreement = await findFollowUpAgreement(actor, "followup.write", (input as { agreementId?: unknown })?.agreementId);
  if (isDenied(agreement)) return agreement;
  const parsed = saveMilestoneSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const m = parsed.data;
  if (!(await milestoneKeysOf(agreement.organizationId)).has(m.typeKey)) {
    return {
      ok: false,
      code: "invalid",
      message: msg("common.correctHighlightedFields"),
      fieldErrors: { typeKey: [msg("ledger.chooseMilestoneFromList")] },
    };
  }
  const fields = { typeKey: m.typeKey, dueOn: dayDate(m.dueOn), doneOn: dayDate(m.doneOn), note: m.note, evidenceUrl: m.evidenceUrl };
  try {
    return await db().$transaction(async (tx): Promise<ActionResult<MilestoneView>> => {
      let before: MilestoneView | null = null;
      let id = m.id;
      if (id) {
        const row = await tx.agreementMilestone.findFirst({ where: { id, agreementId: agreement.id }, select: MILESTONE_SELECT });
        if (!row) return notFound("Milestone");
        before = toMilestoneView(row);
        const { count } = await tx.agreementMilestone.updateMany({
          where: { id, version: m.version },
          data: { ...fields, version: { increment: 1 } },
        });
        if (count === 0) return conflict(row.version);
      } else {
        id = (await tx.agreementMilestone.create({ data: { agreementId: agreement.id, ...fields }, select: { id: true } })).id;
      }
      const after = toMilestoneView(await tx.agreementMilestone.findUniqueOrThrow({ where: { id }, select: MILESTONE_SELECT }));
      await recordAudit(tx, {
        actorId: actor?.id ?? null,
        organizationId: agreement.organizationId,
        eventId: agreement.eventId,
        entity: "AgreementMilestone",
        entityId: id,
        action: before ? "update" : "create",
        before,
        after,
      });
      return { ok: true, data: after };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return duplicate();
    throw error;
  }
}
