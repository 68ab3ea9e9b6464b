import "server-only";
import { isUniqueViolation } from "@/server/db/database-errors";
import type { CurrentUser } from "../auth/current-user.ts";
import { db, Prisma } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { invalid, type ActionResult } from "../shared/result.ts";
import { createAgreementSchema, type CreateAgreementInput } from "@/lib/validation/agreement-schema.ts";
import { publishTallyChange } from "../tally/tally-events.ts";
import { isDenied } from "@/server/access/authorize";
import { findManagedEvent, type ManagedEvent } from "@/server/access/find-managed-event";
import { linkParties, resolveAgreementRefs } from "./resolve-agreement-refs.ts";
import { AGREEMENT_SELECT, toAgreementView, type AgreementView } from "./agreement-view.ts";
import { msg } from "@/lib/i18n/server-messages/message";

export type CreatedAgreement = { agreement: AgreementView; created: boolean };

/**
 * Records a signed agreement. The form's idempotencyKey makes a double click, a resubmit or
 * 20 concurrent identical requests produce one row: the unique constraint decides the race
 * and the losers read the winner's row (created: false).
 */
export async function createAgreement(actor: CurrentUser | null, input: unknown): Promise<ActionResult<CreatedAgreement>> {
  const parsed = createAgreementSchema.safeParse(input);
  const eventId = typeof (input as { eventId?: unknown })?.eventId === "string" ? (input as { eventId: string }).eventId : "";
  const access = await findManagedEvent(actor, "record.write", parsed.success ? parsed.data.eventId : eventId);
  if (isDenied(access)) return access;
  if (!parsed.success) return invalid(parsed.error);

  const existing = await findByKey(parsed.data.idempotencyKey, access.id);
  if (existing) return existing;

  try {
    const result = await db().$transaction((tx) => insertAgreement(tx, actor as CurrentUser, access, parsed.data), {
      maxWait: 15_000,
      timeout: 15_000,
    });
    if (result.ok) publishTallyChange({ eventId: access.id });
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await findByKey(parsed.data.idempotencyKey, access.id);
      if (winner) return winner;
    }
    throw error;
  }
}

async function findByKey(key: string, eventId: string): Promise<ActionResult<CreatedAgreement> | null> {
  const row = await db().agreement.findUnique({ where: { idempotencyKey: key }, select: AGREEMENT_SELECT });
  if (!row) return null;
  // A key is a form's identity; reusing it for another event is a client bug, not a retry.
  if (row.eventId !== eventId) {
    return {
      ok: false,
      code: "invalid",
      message: msg("common.formWasAlreadyUsedAnother"),
      fieldErrors: { idempotencyKey: [msg("common.alreadyUsed")] },
    };
  }
  return { ok: true, data: { agreement: toAgreementView(row), created: false } };
}

export async function insertAgreement(
  tx: Prisma.TransactionClient,
  actor: CurrentUser,
  event: ManagedEvent,
  data: CreateAgreementInput,
): Promise<ActionResult<CreatedAgreement>> {
  const refs = await resolveAgreementRefs(tx, event, data);
  if (!refs.ok) return { ok: false, code: "invalid", message: msg("common.correctHighlightedFields"), fieldErrors: refs.fieldErrors };
  const { id } = await tx.agreement.create({
    data: {
      eventId: event.id,
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
      status: data.status,
      visibility: data.visibility,
      idempotencyKey: data.idempotencyKey,
    },
    select: { id: true },
  });
  await linkParties(tx, event.organizationId, id, refs.value.parties);
  const row = await tx.agreement.findUniqueOrThrow({ where: { id }, select: AGREEMENT_SELECT });
  const agreement = toAgreementView(row);
  await recordAudit(tx, {
    actorId: actor.id,
    organizationId: event.organizationId,
    eventId: event.id,
    entity: "Agreement",
    entityId: id,
    action: "create",
    after: agreement,
  });
  return { ok: true, data: { agreement, created: true } };
}
