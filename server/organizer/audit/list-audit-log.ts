import "server-only";
import { eventRefSchema } from "@/lib/validation/event-schema";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";

export type AuditRow = {
  id: string;
  at: string;
  actor: { name: string; email: string } | null;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
};

/** The event's change history, newest first: visible to admins and the event's organizers. */
export async function listAuditLog(actor: CurrentUser | null, input: unknown): Promise<ActionResult<AuditRow[]>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const parsed = eventRefSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const managed = await findManagedEvent(gate.actor, "internal.read", parsed.data.eventId);
  if (isDenied(managed)) return managed;

  const rows = await db().auditLog.findMany({
    where: { eventId: parsed.data.eventId },
    orderBy: { id: "desc" },
    take: 500,
    select: {
      id: true,
      at: true,
      entity: true,
      entityId: true,
      action: true,
      before: true,
      after: true,
      actor: { select: { name: true, email: true } },
    },
  });
  return { ok: true, data: rows.map((r) => ({ ...r, id: r.id.toString(), at: r.at.toISOString() })) };
}
