import "server-only";
import { resetCalendarLinkSchema } from "@/lib/agenda/registration-schemas";
import type { CurrentUser } from "@/server/auth/current-user";
import { recordAudit } from "@/server/audit/record-audit";
import { db } from "@/server/db/client";
import { invalid, notFound, type ActionResult } from "@/server/shared/result";
import { newCalendarToken } from "./register-for-event.ts";
import { msg } from "@/lib/i18n/server-messages/message";

// "Reset my calendar link": the delegate's private feed gets a new token, so the old
// address answers 404 from the next request on (a leaked link stops working). Only the
// registration's owner may do it; anyone else's registration answers "not found". The
// audit row records that it happened, never a token.

export async function resetCalendarLink(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  if (!actor) return { ok: false, code: "unauthenticated", message: msg("registration.signInToManageRegistration") };
  const parsed = resetCalendarLinkSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);

  const reg = await db().registration.findUnique({
    where: { id: parsed.data.registrationId },
    select: { id: true, userId: true, eventId: true, status: true, event: { select: { organizationId: true } } },
  });
  if (!reg || reg.userId !== actor.id || reg.status === "CANCELLED") return notFound("Registration");

  await db().$transaction(async (tx) => {
    await tx.registration.update({
      where: { id: reg.id },
      data: { calendarToken: newCalendarToken(), version: { increment: 1 } },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      organizationId: reg.event.organizationId,
      eventId: reg.eventId,
      entity: "Registration",
      entityId: reg.id,
      action: "calendar-link-reset",
    });
  });
  return { ok: true, data: { id: reg.id } };
}
