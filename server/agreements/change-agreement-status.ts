import "server-only";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { conflict, invalid, notFound, type ActionResult } from "../shared/result.ts";
import { msg, statusWord } from "@/lib/i18n/server-messages/message";
import { changeAgreementStatusSchema } from "@/lib/validation/agreement-schema.ts";
import { canChangeStatus, type AgreementStatusCode } from "@/lib/agreements/agreement-enums.ts";
import { publishTallyChange } from "../tally/tally-events.ts";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";

export type StatusChanged = { id: string; status: AgreementStatusCode; version: number };

/** intended → signed → in progress → completed; any → cancelled (kept in the register). */
export async function changeAgreementStatus(actor: CurrentUser | null, input: unknown): Promise<ActionResult<StatusChanged>> {
  const gate = gateFor(actor, "record.write");
  if ("denied" in gate) return gate.denied;
  const id = typeof (input as { id?: unknown })?.id === "string" ? (input as { id: string }).id : "";
  const current = id ? await db().agreement.findUnique({ where: { id }, select: { eventId: true } }) : null;
  if (!current) return notFound("Agreement");
  const access = await findManagedEvent(gate.actor, "record.write", current.eventId);
  if (isDenied(access)) return access.code === "not_found" ? notFound("Agreement") : access;
  const parsed = changeAgreementStatusSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { version, status } = parsed.data;

  const result = await db().$transaction(async (tx): Promise<ActionResult<StatusChanged>> => {
    const before = await tx.agreement.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } });
    if (before.version !== version) return conflict(before.version);
    if (!canChangeStatus(before.status, status)) {
      return {
        ok: false,
        code: "invalid",
        message: msg("agreement.agreementCannotGoFrom", { from: statusWord(before.status), to: statusWord(status) }),
        fieldErrors: { status: [msg("agreement.notAllowedFrom", { from: statusWord(before.status) })] },
      };
    }
    const { count } = await tx.agreement.updateMany({ where: { id, version }, data: { status, version: { increment: 1 } } });
    if (count === 0) return conflict(before.version);
    await recordAudit(tx, {
      actorId: gate.actor.id,
      organizationId: access.organizationId,
      eventId: access.id,
      entity: "Agreement",
      entityId: id,
      action: "status",
      before: { status: before.status, version: before.version },
      after: { status, version: version + 1 },
    });
    return { ok: true, data: { id, status, version: version + 1 } };
  });
  if (result.ok) publishTallyChange({ eventId: access.id });
  return result;
}
