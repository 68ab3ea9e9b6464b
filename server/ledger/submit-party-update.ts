import "server-only";
import { msg } from "@/lib/i18n/server-messages/message";
import { recordAudit } from "@/server/audit/record-audit";
import { isUniqueViolation } from "@/server/db/database-errors";
import { db } from "@/server/db/client";
import { partyUpdateSchema } from "@/lib/validation/follow-up-schema";
import { invalid, notFound, type ActionResult } from "@/server/shared/result";
import { milestoneKeysOf } from "./list-milestone-types.ts";
import { dayDate } from "./milestone-view.ts";
import { findLiveUpdateLink } from "./update-links.ts";

export type SubmittedUpdate = { id: string; status: string };

/**
 * A party contact reports a milestone through their link (no account: the token is the
 * authorization, whoever is signed in). The update waits for the follow-up owner's
 * confirmation. The form's submissionKey makes repeated submits one update.
 */
export async function submitPartyUpdate(_actor: unknown, input: unknown): Promise<ActionResult<SubmittedUpdate>> {
  const link = await findLiveUpdateLink((input as { token?: unknown })?.token);
  if (!link) return notFound("Record");
  const parsed = partyUpdateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const u = parsed.data;
  if (!(await milestoneKeysOf(link.agreement.event.organizationId)).has(u.typeKey)) {
    return {
      ok: false,
      code: "invalid",
      message: msg("common.correctHighlightedFields"),
      fieldErrors: { typeKey: [msg("ledger.chooseMilestoneFromList")] },
    };
  }
  const existing = async () => {
    const row = await db().partyUpdate.findUnique({
      where: { submissionKey: u.submissionKey },
      select: { id: true, status: true, linkId: true },
    });
    return row && row.linkId === link.id ? ({ ok: true, data: { id: row.id, status: row.status } } as const) : null;
  };
  const before = await existing();
  if (before) return before;
  try {
    return await db().$transaction(async (tx): Promise<ActionResult<SubmittedUpdate>> => {
      const row = await tx.partyUpdate.create({
        data: {
          linkId: link.id,
          agreementId: link.agreementId,
          typeKey: u.typeKey,
          doneOn: dayDate(u.doneOn)!,
          note: u.note,
          evidenceUrl: u.evidenceUrl,
          submissionKey: u.submissionKey,
        },
        select: { id: true, status: true },
      });
      await recordAudit(tx, {
        actorId: null,
        organizationId: link.agreement.event.organizationId,
        eventId: link.agreement.eventId,
        entity: "PartyUpdate",
        entityId: row.id,
        action: "create",
        after: {
          linkId: link.id,
          contactName: link.contactName,
          typeKey: u.typeKey,
          doneOn: u.doneOn,
          note: u.note,
          evidenceUrl: u.evidenceUrl,
        },
      });
      return { ok: true, data: row };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await existing();
      if (winner) return winner;
      return {
        ok: false,
        code: "invalid",
        message: msg("common.formWasAlreadyUsedAnother"),
        fieldErrors: { submissionKey: [msg("common.alreadyUsed")] },
      };
    }
    throw error;
  }
}
