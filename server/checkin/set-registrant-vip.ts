import "server-only";
import { setRegistrantVipSchema } from "@/lib/validation/checkin-schema";
import { isDenied } from "../access/authorize.ts";
import { findManagedEvent } from "../access/find-managed-event.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { conflict, invalid, notFound, type ActionResult } from "../shared/result.ts";

/**
 * Sets or clears a registrant's VIP flag (issue 20): shown to stewards at the door and printed
 * on the badge. One conditional update on the registration's version, with its audit row; a
 * stale version changes nothing and answers "changed by someone else".
 */
export async function setRegistrantVip(
  actor: CurrentUser | null,
  input: unknown,
): Promise<ActionResult<{ id: string; version: number; vip: boolean }>> {
  const raw = (input ?? {}) as { eventId?: unknown };
  const event = await findManagedEvent(actor, "programme.manage", typeof raw.eventId === "string" ? raw.eventId : "");
  if (isDenied(event)) return event;
  const parsed = setRegistrantVipSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { registrationId, version, vip } = parsed.data;
  return db().$transaction(async (tx) => {
    const before = await tx.registration.findFirst({
      where: { id: registrationId, eventId: event.id },
      select: { vip: true, version: true },
    });
    if (!before) return notFound("Registration");
    const { count } = await tx.registration.updateMany({
      where: { id: registrationId, eventId: event.id, version },
      data: { vip, version: { increment: 1 } },
    });
    if (count === 0) return conflict(before.version);
    await recordAudit(tx, {
      actorId: actor!.id,
      organizationId: event.organizationId,
      eventId: event.id,
      entity: "Registration",
      entityId: registrationId,
      action: "update",
      before: { vip: before.vip },
      after: { vip },
    });
    return { ok: true as const, data: { id: registrationId, version: version + 1, vip } };
  });
}
