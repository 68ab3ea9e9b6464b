import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { isDenied } from "@/server/access/authorize";
import { recordAudit } from "@/server/audit/record-audit";
import { isUniqueViolation } from "@/server/db/database-errors";
import { db } from "@/server/db/client";
import { conflict, invalid, type ActionResult } from "@/server/shared/result";
import { saveFundsSchema } from "@/lib/validation/follow-up-schema";
import { findFollowUpAgreement } from "./find-follow-up-agreement.ts";

export type FundsView = { agreementId: string; currency: string; committedMinor: string; receivedMinor: string; version: number };

const SELECT = { agreementId: true, currency: true, committedMinor: true, receivedMinor: true, version: true } as const;
const view = (r: { agreementId: string; currency: string; committedMinor: bigint; receivedMinor: bigint; version: number }): FundsView => ({
  ...r,
  committedMinor: r.committedMinor.toString(),
  receivedMinor: r.receivedMinor.toString(),
});

/** Sets the funds committed and received in one currency (version 0: the first entry of that currency). */
export async function saveFunds(actor: CurrentUser | null, input: unknown): Promise<ActionResult<FundsView>> {
  const agreement = await findFollowUpAgreement(actor, "followup.write", (input as { agreementId?: unknown })?.agreementId);
  if (isDenied(agreement)) return agreement;
  const parsed = saveFundsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const f = parsed.data;
  const key = { agreementId_currency: { agreementId: agreement.id, currency: f.currency } };
  try {
    return await db().$transaction(async (tx): Promise<ActionResult<FundsView>> => {
      const row = await tx.agreementFund.findUnique({ where: key, select: SELECT });
      if (f.version === 0) {
        if (row) return conflict(row.version);
        await tx.agreementFund.create({
          data: { agreementId: agreement.id, currency: f.currency, committedMinor: f.committedMinor, receivedMinor: f.receivedMinor },
        });
      } else {
        const { count } = await tx.agreementFund.updateMany({
          where: { agreementId: agreement.id, currency: f.currency, version: f.version },
          data: { committedMinor: f.committedMinor, receivedMinor: f.receivedMinor, version: { increment: 1 } },
        });
        if (count === 0) return conflict(row?.version);
      }
      const after = view(await tx.agreementFund.findUniqueOrThrow({ where: key, select: SELECT }));
      await recordAudit(tx, {
        actorId: actor?.id ?? null,
        organizationId: agreement.organizationId,
        eventId: agreement.eventId,
        entity: "AgreementFund",
        entityId: `${agreement.id}:${f.currency}`,
        action: row ? "update" : "create",
        before: row ? view(row) : null,
        after,
      });
      return { ok: true, data: after };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return conflict();
    throw error;
  }
}
