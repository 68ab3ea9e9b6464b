import "server-only";
import { updateSessionSchema } from "@/lib/validation/session-schema";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { conflict, invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findSessionWarnings, warningsResult } from "./check-session-warnings.ts";
import { findManagedSession } from "./find-managed-session.ts";
import { planSession, sessionAuditSelect } from "./session-plan.ts";
import { invalidateOnSuccess } from "@/server/agenda/invalidate-on-success";

/** Saves the session form; a stale `version` gets conflict() and nothing is overwritten. */
export async function updateSession(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = updateSessionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { sessionId, version, acceptWarnings, ...fields } = parsed.data;
  const session = await findManagedSession(gate.actor, "programme.manage", sessionId);
  if (isDenied(session)) return session;
  // A stale form hears about the conflict first, not about warnings it would then have to accept.
  const current = await db().session.findUnique({ where: { id: sessionId }, select: { version: true } });
  if (current && current.version !== version) return conflict(current.version);
  const planned = await planSession(gate.actor, session.eventId, { ...fields, acceptWarnings });
  if ("error" in planned) return planned.error;
  const { plan } = planned;
  if (!acceptWarnings) {
    const warnings = await findSessionWarnings(plan, sessionId);
    if (warnings.length > 0) return warningsResult(warnings);
  }

  return invalidateOnSuccess(
    session.eventId,
    await db().$transaction(async (tx) => {
      const before = await tx.session.findUniqueOrThrow({ where: { id: sessionId }, select: sessionAuditSelect });
      // The version check is the first write: a stale form stops here with nothing changed.
      const { count } = await tx.session.updateMany({
        where: { id: sessionId, version },
        data: { ...plan.data, version: { increment: 1 } },
      });
      if (count === 0) return conflict(before.version);
      await tx.sessionRelay.deleteMany({ where: { sessionId } });
      await tx.sessionRelay.createMany({ data: plan.relayVenueIds.map((venueId) => ({ sessionId, venueId })) });
      await tx.sessionRole.deleteMany({ where: { sessionId, role: { in: ["SPEAKER", "MODERATOR", "HOST"] } } });
      await tx.sessionRole.createMany({ data: plan.roles.map((r) => ({ ...r, sessionId })) });
      const after = await tx.session.findUniqueOrThrow({ where: { id: sessionId }, select: sessionAuditSelect });
      await recordAudit(tx, {
        actorId: gate.actor.id,
        organizationId: session.organizationId,
        eventId: session.eventId,
        entity: "Session",
        entityId: sessionId,
        action: "update",
        before,
        after,
      });
      return { ok: true as const, data: { id: sessionId, version: after.version } };
    }),
  );
}
