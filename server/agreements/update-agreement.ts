import "server-only";
import type { CurrentUser } from "../auth/current-user.ts";
import { db, Prisma } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { conflict, invalid, notFound, type ActionResult } from "../shared/result.ts";
import { updateAgreementSchema } from "@/lib/validation/agreement-schema.ts";
import { publishTallyChange } from "../tally/tally-events.ts";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";
import { linkParties, resolveAgreementRefs } from "./resolve-agreement-refs.ts";
import { AGREEMENT_SELECT, toAgreementView, type AgreementView } from "./agreement-view.ts";
import { msg } from "@/lib/i18n/server-messages/message";

/** Edits an agreement's fields (not its status: see change-agreement-status.ts). */
export async function updateAgreement(actor: CurrentUser | null, input: unknown): Promise<ActionResult<AgreementView>> {
  const id = typeof (input as { id?: unknown })?.id === "string" ? (input as { id: string }).id : "";
  const gate = gateFor(actor, "record.write");
  if ("denied" in gate) return gate.denied;
  const current = id ? await db().agreement.findUnique({ where: { id }, select: { eventId: true } }) : null;
  if (!current) return notFound("Agreement");
  const access = await findManagedEvent(gate.actor, "record.write", current.eventId);
  if (isDenied(access)) return access.code === "not_found" ? notFound("Agreement") : access;

  // The event is fixed by the stored row, never by the form.
  const parsed = updateAgreementSchema.safeParse({ ...(input as object), eventId: current.eventId });
  if (!parsed.success) return invalid(parsed.error);
  const data = parsed.data;

  const result = await db().$transaction(async (tx): Promise<ActionResult<AgreementView>> => {
    const before = await tx.agreement.findUnique({ where: { id }, select: AGREEMENT_SELECT });
    if (!before) return notFound("Agreement");
    const refs = await resolveAgreementRefs(tx, access, data);
    if (!refs.ok) return { ok: false, code: "invalid", message: msg("common.correctHighlightedFields"), fieldErrors: refs.fieldErrors };
    const { count } = await tx.agreement.updateMany({
      where: { id, version: data.version },
      data: {
        title: data.title,
        sector: data.sector,
        type: data.type,
        valueMinor: data.valueMinor,
        currency: data.currency,
        cityA: data.cityA ?? Prisma.DbNull,
        cityB: data.cityB ?? Prisma.DbNull,
        sessionId: refs.value.sessionId,
        venueId: refs.value.venueId,
        signedAt: refs.value.signedAt,
        visibility: data.visibility,
        version: { increment: 1 },
      },
    });
    if (count === 0) return conflict(before.version);
    await tx.agreementParty.deleteMany({ where: { agreementId: id } });
    await linkParties(tx, access.organizationId, id, refs.value.parties);
    const after = toAgreementView(await tx.agreement.findUniqueOrThrow({ where: { id }, select: AGREEMENT_SELECT }));
    await recordAudit(tx, {
      actorId: gate.actor.id,
      organizationId: access.organizationId,
      eventId: access.id,
      entity: "Agreement",
      entityId: id,
      action: "update",
      before: toAgreementView(before),
      after,
    });
    return { ok: true, data: after };
  });
  if (result.ok) publishTallyChange({ eventId: access.id });
  return result;
}
