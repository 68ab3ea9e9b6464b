import "server-only";
import type { CurrentUser } from "../auth/current-user.ts";
import { db, Prisma } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { conflict, invalid, notFound, type ActionResult } from "../shared/result.ts";
import { updateOutcomeSchema } from "@/lib/validation/outcome-schema.ts";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";
import { publishTallyChange } from "../tally/tally-events.ts";
import { OUTCOME_SELECT, toOutcomeView, type OutcomeView } from "./outcome-view.ts";

export async function updateOutcome(actor: CurrentUser | null, input: unknown): Promise<ActionResult<OutcomeView>> {
  const gate = gateFor(actor, "record.write");
  if ("denied" in gate) return gate.denied;
  const id = typeof (input as { id?: unknown })?.id === "string" ? (input as { id: string }).id : "";
  const current = id ? await db().outcome.findUnique({ where: { id }, select: { eventId: true } }) : null;
  if (!current) return notFound("Outcome");
  const access = await findManagedEvent(gate.actor, "record.write", current.eventId);
  if (isDenied(access)) return access.code === "not_found" ? notFound("Outcome") : access;
  const parsed = updateOutcomeSchema.safeParse({ ...(input as object), eventId: current.eventId });
  if (!parsed.success) return invalid(parsed.error);
  const data = parsed.data;

  const result = await db().$transaction(async (tx): Promise<ActionResult<OutcomeView>> => {
    const before = await tx.outcome.findUniqueOrThrow({ where: { id }, select: OUTCOME_SELECT });
    const { count } = await tx.outcome.updateMany({
      where: { id, version: data.version },
      data: {
        kind: data.kind,
        title: data.title,
        description: data.description ?? Prisma.DbNull,
        sector: data.sector,
        visibility: data.visibility,
        version: { increment: 1 },
      },
    });
    if (count === 0) return conflict(before.version);
    const after = toOutcomeView(await tx.outcome.findUniqueOrThrow({ where: { id }, select: OUTCOME_SELECT }));
    await recordAudit(tx, {
      actorId: gate.actor.id,
      organizationId: access.organizationId,
      eventId: access.id,
      entity: "Outcome",
      entityId: id,
      action: "update",
      before: toOutcomeView(before),
      after,
    });
    return { ok: true, data: after };
  });
  if (result.ok) publishTallyChange({ eventId: access.id });
  return result;
}
