import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { isDenied } from "@/server/access/authorize";
import { recordAudit } from "@/server/audit/record-audit";
import { db } from "@/server/db/client";
import { decidePartyUpdateSchema } from "@/lib/validation/follow-up-schema";
import { conflict, invalid, notFound, type ActionResult } from "@/server/shared/result";
import { findFollowUpAgreement } from "./find-follow-up-agreement.ts";

export type DecidedUpdate = { id: string; agreementId: string; status: "CONFIRMED" | "REJECTED"; milestoneId: string | null };

/**
 * The follow-up owner (or another organizer) confirms or rejects a reported milestone. Only
 * a pending update at the version read can be decided: of two owners deciding at once, one
 * wins and the other is told it was changed by someone else. Confirming sets the milestone
 * done (adding it if the agreement had none of that kind) in the same transaction.
 */
export async function decidePartyUpdate(actor: CurrentUser | null, input: unknown): Promise<ActionResult<DecidedUpdate>> {
  const id = typeof (input as { id?: unknown })?.id === "string" ? (input as { id: string }).id.slice(0, 64) : "";
  const update = id ? await db().partyUpdate.findUnique({ where: { id }, select: { agreementId: true } }) : null;
  if (!update) return notFound("Update");
  const agreement = await findFollowUpAgreement(actor, "followup.write", update.agreementId);
  if (isDenied(agreement)) return agreement.code === "not_found" ? notFound("Update") : agreement;
  const parsed = decidePartyUpdateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { version, decision } = parsed.data;
  return db().$transaction(async (tx): Promise<ActionResult<DecidedUpdate>> => {
    const { count } = await tx.partyUpdate.updateMany({
      where: { id, version, status: "PENDING" },
      data: { status: decision, decidedById: actor?.id ?? null, decidedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) return conflict();
    const u = await tx.partyUpdate.findUniqueOrThrow({
      where: { id },
      select: { typeKey: true, doneOn: true, note: true, evidenceUrl: true },
    });
    let milestoneId: string | null = null;
    if (decision === "CONFIRMED") {
      const fields = { doneOn: u.doneOn, ...(u.note ? { note: u.note } : {}), ...(u.evidenceUrl ? { evidenceUrl: u.evidenceUrl } : {}) };
      const m = await tx.agreementMilestone.upsert({
        where: { agreementId_typeKey: { agreementId: agreement.id, typeKey: u.typeKey } },
        create: { agreementId: agreement.id, typeKey: u.typeKey, ...fields },
        update: { ...fields, version: { increment: 1 } },
        select: { id: true },
      });
      milestoneId = m.id;
    }
    await recordAudit(tx, {
      actorId: actor?.id ?? null,
      organizationId: agreement.organizationId,
      eventId: agreement.eventId,
      entity: "PartyUpdate",
      entityId: id,
      action: decision.toLowerCase(),
      before: { status: "PENDING", version },
      after: { status: decision, version: version + 1, milestoneId },
    });
    return { ok: true, data: { id, agreementId: agreement.id, status: decision, milestoneId } };
  });
}
