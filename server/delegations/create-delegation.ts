import "server-only";
import { createDelegationSchema } from "@/lib/validation/invitation-schema";
import { isDenied } from "../access/authorize.ts";
import { findManagedEvent } from "../access/find-managed-event.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { type ActionResult, invalid } from "../shared/result.ts";

/** A delegation of one side of the event (side A or B, as the event names them). */
export async function createDelegation(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  const raw = (input ?? {}) as { eventId?: unknown };
  const event = await findManagedEvent(actor, "programme.manage", typeof raw.eventId === "string" ? raw.eventId : "");
  if (isDenied(event)) return event;
  const parsed = createDelegationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const id = await db().$transaction(async (tx) => {
    const row = await tx.delegation.create({
      data: { eventId: event.id, side: parsed.data.side, name: parsed.data.name },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor!.id,
      organizationId: event.organizationId,
      eventId: event.id,
      entity: "Delegation",
      entityId: row.id,
      action: "create",
      after: parsed.data,
    });
    return row.id;
  });
  return { ok: true, data: { id } };
}
