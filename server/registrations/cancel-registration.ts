import "server-only";
import { gateFor } from "@/server/access/authorize";
import { cancelRegistrationSchema } from "@/lib/agenda/registration-schemas";
import type { CurrentUser } from "@/server/auth/current-user";
import { recordAudit } from "@/server/audit/record-audit";
import { db } from "@/server/db/client";
import { conflict, invalid, notFound, type ActionResult } from "@/server/shared/result";
import { msg } from "@/lib/i18n/server-messages/message";
import { publishAttendanceChange } from "@/server/tally/tally-events";

// A delegate cancels their own registration. A confirmed seat that frees up goes to the
// earliest waitlisted delegate of the same venue, under the same venue lock that
// register-for-event.ts takes, so seats are never over- or under-counted.

export async function cancelRegistration(
  actor: CurrentUser | null,
  input: unknown,
): Promise<ActionResult<{ id: string; status: "CANCELLED"; promotedId: string | null }>> {
  const gate = gateFor(actor, "reader.own", msg("registration.signInToManageRegistration"));
  if ("denied" in gate) return gate.denied;
  const reader = gate.actor;
  const parsed = cancelRegistrationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);

  const reg = await db().registration.findUnique({
    where: { id: parsed.data.registrationId },
    select: {
      id: true,
      userId: true,
      eventId: true,
      venueId: true,
      status: true,
      version: true,
      event: { select: { organizationId: true } },
    },
  });
  // Someone else's registration answers exactly like a missing one.
  if (!reg || reg.userId !== reader.id) return notFound("Registration");
  if (reg.status === "CANCELLED") return { ok: true, data: { id: reg.id, status: "CANCELLED", promotedId: null } };

  const result = await db().$transaction(async (tx) => {
    if (reg.venueId) await tx.$queryRaw`SELECT "id" FROM "Venue" WHERE "id" = ${reg.venueId} FOR UPDATE`;
    const updated = await tx.registration.updateMany({
      where: { id: reg.id, version: reg.version },
      data: { status: "CANCELLED", version: { increment: 1 } },
    });
    if (updated.count === 0) return null;
    let promotedId: string | null = null;
    if (reg.status === "CONFIRMED" && reg.venueId) {
      const next = await tx.registration.findFirst({
        where: { venueId: reg.venueId, status: "WAITLISTED" },
        orderBy: { createdAt: "asc" },
        select: { id: true },
      });
      if (next) {
        await tx.registration.update({
          where: { id: next.id },
          data: { status: "CONFIRMED", version: { increment: 1 } },
          select: { id: true },
        });
        promotedId = next.id;
      }
    }
    await recordAudit(tx, {
      actorId: reader.id,
      organizationId: reg.event.organizationId,
      eventId: reg.eventId,
      entity: "Registration",
      entityId: reg.id,
      action: "status",
      before: { status: reg.status },
      after: { status: "CANCELLED", promotedId },
    });
    return { id: reg.id, status: "CANCELLED" as const, promotedId };
  });
  if (!result) return conflict();
  publishAttendanceChange(reg.eventId); // the check-in board's "registered" column
  return { ok: true, data: result };
}
