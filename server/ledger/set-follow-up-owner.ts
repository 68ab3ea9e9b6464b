import "server-only";
import { msg } from "@/lib/i18n/server-messages/message";
import type { CurrentUser } from "@/server/auth/current-user";
import { isDenied } from "@/server/access/authorize";
import { recordAudit } from "@/server/audit/record-audit";
import { isUniqueViolation } from "@/server/db/database-errors";
import { db } from "@/server/db/client";
import { conflict, invalid, type ActionResult } from "@/server/shared/result";
import { setFollowUpOwnerSchema } from "@/lib/validation/follow-up-schema";
import { findFollowUpAgreement } from "./find-follow-up-agreement.ts";

export type FollowUpOwnerView = { agreementId: string; ownerId: string | null; version: number };

/** Names the one follow-up owner of an agreement: an organizer (OWNER or ORGANIZER member) of its organization, or nobody. */
export async function setFollowUpOwner(actor: CurrentUser | null, input: unknown): Promise<ActionResult<FollowUpOwnerView>> {
  const agreement = await findFollowUpAgreement(actor, "followup.write", (input as { agreementId?: unknown })?.agreementId);
  if (isDenied(agreement)) return agreement;
  const parsed = setFollowUpOwnerSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { ownerId, version } = parsed.data;
  if (ownerId) {
    const member = await db().membership.findFirst({
      where: { userId: ownerId, organizationId: agreement.organizationId, role: { in: ["OWNER", "ORGANIZER"] }, user: { active: true } },
      select: { id: true },
    });
    if (!member)
      return {
        ok: false,
        code: "invalid",
        message: msg("common.correctHighlightedFields"),
        fieldErrors: { ownerId: [msg("ledger.chooseOrganizerOfOrganization")] },
      };
  }
  try {
    return await db().$transaction(async (tx): Promise<ActionResult<FollowUpOwnerView>> => {
      const before = await tx.agreementFollowUp.findUnique({
        where: { agreementId: agreement.id },
        select: { agreementId: true, ownerId: true, version: true },
      });
      if (version === 0) {
        if (before) return conflict(before.version);
        await tx.agreementFollowUp.create({ data: { agreementId: agreement.id, ownerId } });
      } else {
        const { count } = await tx.agreementFollowUp.updateMany({
          where: { agreementId: agreement.id, version },
          data: { ownerId, version: { increment: 1 } },
        });
        if (count === 0) return conflict(before?.version);
      }
      const after = await tx.agreementFollowUp.findUniqueOrThrow({
        where: { agreementId: agreement.id },
        select: { agreementId: true, ownerId: true, version: true },
      });
      await recordAudit(tx, {
        actorId: actor?.id ?? null,
        organizationId: agreement.organizationId,
        eventId: agreement.eventId,
        entity: "AgreementFollowUp",
        entityId: agreement.id,
        action: before ? "update" : "create",
        before,
        after,
      });
      return { ok: true, data: after };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return conflict();
    throw error;
  }
}
