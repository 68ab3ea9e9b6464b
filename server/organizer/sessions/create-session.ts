import "server-only";
import { createSessionSchema } from "@/lib/validation/session-schema";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, type ActionResult } from "@/server/shared/result";
import { gateFor } from "@/server/access/authorize";
import { findSessionWarnings, warningsResult } from "./check-session-warnings.ts";
import { planSession, sessionAuditSelect } from "./session-plan.ts";
import { invalidateOnSuccess } from "@/server/agenda/invalidate-on-success";

/**
 * Adds a session. Times are wall-clock at the host venue; warnings (double booking,
 * outside the event's dates) stop the save unless the input says acceptWarnings.
 */
export async function createSession(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = createSessionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { eventId, acceptWarnings, ...fields } = parsed.data;
  const planned = await planSession(gate.actor, eventId, { ...fields, acceptWarnings });
  if ("error" in planned) return planned.error;
  const { plan } = planned;
  if (!acceptWarnings) {
    const warnings = await findSessionWarnings(plan);
    if (warnings.length > 0) return warningsResult(warnings);
  }

  return invalidateOnSuccess(
    eventId,
    await db().$transaction(async (tx) => {
      const created = await tx.session.create({
        data: {
          ...plan.data,
          eventId,
          relays: { create: plan.relayVenueIds.map((venueId) => ({ venueId })) },
          roles: { create: plan.roles },
        },
        select: sessionAuditSelect,
      });
      await recordAudit(tx, {
        actorId: gate.actor.id,
        organizationId: plan.event.organizationId,
        eventId,
        entity: "Session",
        entityId: created.id,
        action: "create",
        after: created,
      });
      return { ok: true as const, data: { id: created.id, version: created.version } };
    }),
  );
}
