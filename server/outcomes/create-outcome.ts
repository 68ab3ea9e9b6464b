import "server-only";
import { isUniqueViolation } from "@/server/db/database-errors";
import type { CurrentUser } from "../auth/current-user.ts";
import { db, Prisma } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { invalid, type ActionResult } from "../shared/result.ts";
import { createOutcomeSchema } from "@/lib/validation/outcome-schema.ts";
import { isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";
import { publishTallyChange } from "../tally/tally-events.ts";
import { OUTCOME_SELECT, toOutcomeView, type OutcomeView } from "./outcome-view.ts";
import { msg } from "@/lib/i18n/server-messages/message";

export type CreatedOutcome = { outcome: OutcomeView; created: boolean };

/** Records a programme or platform; idempotent on the form's key like createAgreement. */
export async function createOutcome(actor: CurrentUser | null, input: unknown): Promise<ActionResult<CreatedOutcome>> {
  const parsed = createOutcomeSchema.safeParse(input);
  const rawEventId = (input as { eventId?: unknown })?.eventId;
  const access = await findManagedEvent(
    actor,
    "record.write",
    parsed.success ? parsed.data.eventId : typeof rawEventId === "string" ? rawEventId : "",
  );
  if (isDenied(access)) return access;
  if (!parsed.success) return invalid(parsed.error);
  const data = parsed.data;
  const byKey = async (): Promise<ActionResult<CreatedOutcome> | null> => {
    const row = await db().outcome.findUnique({ where: { idempotencyKey: data.idempotencyKey }, select: OUTCOME_SELECT });
    if (!row) return null;
    if (row.eventId !== access.id)
      return {
        ok: false,
        code: "invalid",
        message: msg("common.formWasAlreadyUsedAnother"),
        fieldErrors: { idempotencyKey: [msg("common.alreadyUsed")] },
      };
    return { ok: true, data: { outcome: toOutcomeView(row), created: false } };
  };
  const existing = await byKey();
  if (existing) return existing;
  try {
    const outcome = await db().$transaction(
      async (tx) => {
        const row = await tx.outcome.create({
          data: {
            eventId: access.id,
            kind: data.kind,
            title: data.title,
            description: data.description ?? Prisma.DbNull,
            sector: data.sector,
            visibility: data.visibility,
            idempotencyKey: data.idempotencyKey,
          },
          select: OUTCOME_SELECT,
        });
        const view = toOutcomeView(row);
        await recordAudit(tx, {
          actorId: actor!.id,
          organizationId: access.organizationId,
          eventId: access.id,
          entity: "Outcome",
          entityId: row.id,
          action: "create",
          after: view,
        });
        return view;
      },
      { maxWait: 15_000, timeout: 15_000 },
    );
    publishTallyChange({ eventId: access.id });
    return { ok: true, data: { outcome, created: true } };
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await byKey();
      if (winner) return winner;
    }
    throw error;
  }
}
