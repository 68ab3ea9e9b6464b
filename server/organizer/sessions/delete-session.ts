import "server-only";
import { deleteSessionSchema } from "@/lib/validation/session-schema";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { conflict, invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedSession } from "./find-managed-session.ts";
import { sessionAuditSelect } from "./session-plan.ts";
import { invalidateOnSuccess } from "@/server/agenda/invalidate-on-success";

/** Deletes a session (its relays, roles and bookmarks go with it; agreements keep their record). */
export async function deleteSession(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = deleteSessionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { sessionId, version } = parsed.data;
  const session = await findManagedSession(gate.actor, "programme.manage", sessionId);
  if (isDenied(session)) return session;

  return invalidateOnSuccess(
    session.eventId,
    await db().$transaction(async (tx) => {
      const before = await tx.session.findUniqueOrThrow({ where: { id: sessionId }, select: sessionAuditSelect });
      const { count } = await tx.session.deleteMany({ where: { id: sessionId, version } });
      if (count === 0) return conflict(before.version);
      await recordAudit(tx, {
        actorId: gate.actor.id,
        organizationId: session.organizationId,
        eventId: session.eventId,
        entity: "Session",
        entityId: sessionId,
        action: "delete",
        before,
      });
      return { ok: true as const, data: { id: sessionId } };
    }),
  );
}
