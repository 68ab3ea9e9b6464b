import "server-only";
import { gateFor } from "@/server/access/authorize";
import { isUniqueViolation } from "@/server/db/database-errors";
import { effectiveEventStatus } from "@/lib/events/lifecycle";
import { randomBytes } from "node:crypto";
import { registerForEventSchema } from "@/lib/agenda/registration-schemas";
import { publicEventWhere } from "@/server/access/public-event";
import type { CurrentUser } from "@/server/auth/current-user";
import { recordAudit } from "@/server/audit/record-audit";
import { db } from "@/server/db/client";
import { conflict, invalid, notFound, type ActionResult } from "@/server/shared/result";
import { appBaseUrl } from "@/server/auth/app-base-url";
import { queueRegistrationConfirmation } from "./queue-registration-confirmation";
import { REGISTRATION_MESSAGES as M, type RegistrationSummary } from "./registration-types";
import { publishAttendanceChange } from "@/server/tally/tally-events";

// A signed-in user registers for a published or live event at one venue (physical or the
// online channel). Seats are counted under a row lock on the venue (SELECT … FOR UPDATE),
// so two delegates taking the last seat at once cannot both be confirmed: the second is
// waitlisted. Registering twice returns the first registration; the (eventId, userId)
// unique constraint settles a double submit that races past the first check.

export function newCalendarToken(): string {
  return randomBytes(32).toString("base64url");
}

export async function registerForEvent(actor: CurrentUser | null, input: unknown): Promise<ActionResult<RegistrationSummary>> {
  const gate = gateFor(actor, "reader.own", M.signIn);
  if ("denied" in gate) return gate.denied;
  const reader = gate.actor;
  const parsed = registerForEventSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { eventSlug, venueId } = parsed.data;

  const event = await db().event.findFirst({
    where: { slug: eventSlug, ...publicEventWhere() },
    select: {
      id: true,
      organizationId: true,
      status: true,
      endDate: true,
      publicSignUp: true,
      venues: { select: { id: true, timeZone: true } },
    },
  });
  if (!event) return notFound("Event");
  if (!event.publicSignUp) return { ok: false, code: "invalid", message: M.invitationOnly, fieldErrors: { _form: [M.invitationOnly] } };
  // A self-service account registers only once its address is verified (server/auth/sign-up.ts).
  const me = await db().user.findUnique({ where: { id: reader.id }, select: { emailVerifiedAt: true } });
  if (!me?.emailVerifiedAt) return { ok: false, code: "invalid", message: M.unverified, fieldErrors: { _form: [M.unverified] } };
  if (
    effectiveEventStatus(
      event.status,
      event.endDate,
      event.venues.map((v) => v.timeZone),
    ) === "CONCLUDED"
  )
    return { ok: false, code: "invalid", message: M.closed, fieldErrors: { _form: [M.closed] } };
  if (!event.venues.some((v) => v.id === venueId))
    return { ok: false, code: "invalid", message: M.venue, fieldErrors: { venueId: [M.venue] } };

  const existing = await findRegistration(event.id, reader.id);
  if (existing && existing.status !== "CANCELLED")
    return { ok: true, data: { id: existing.id, status: existing.status, venueId: existing.venueId, created: false, message: M.already } };

  try {
    const data = await db().$transaction(async (tx) => {
      const [venue] = await tx.$queryRaw<{ capacity: number | null }[]>`SELECT "capacity" FROM "Venue" WHERE "id" = ${venueId} FOR UPDATE`;
      const taken = await tx.registration.count({ where: { venueId, status: "CONFIRMED" } });
      const status = venue?.capacity != null && taken >= venue.capacity ? "WAITLISTED" : "CONFIRMED";
      let row: { id: string; status: RegistrationSummary["status"]; venueId: string | null } | null;
      if (existing) {
        // Coming back after cancelling: reuse the row with a new calendar token, so a feed
        // address from before the cancellation stays dead.
        const updated = await tx.registration.updateMany({
          where: { id: existing.id, version: existing.version },
          data: { venueId, status, calendarToken: newCalendarToken(), version: { increment: 1 } },
        });
        if (updated.count === 0) return null;
        row = { id: existing.id, status, venueId };
      } else {
        row = await tx.registration.create({
          data: { eventId: event.id, userId: reader.id, venueId, status, calendarToken: newCalendarToken() },
          select: { id: true, status: true, venueId: true },
        });
      }
      await recordAudit(tx, {
        actorId: reader.id,
        organizationId: event.organizationId,
        eventId: event.id,
        entity: "Registration",
        entityId: row.id,
        action: existing ? "update" : "create",
        before: existing ? { status: existing.status, venueId: existing.venueId } : undefined,
        after: { status, venueId },
      });
      // The confirmation (with the event's .ics) is queued with the registration it confirms.
      const to = await tx.user.findUniqueOrThrow({ where: { id: reader.id }, select: { email: true, name: true, locale: true } });
      await queueRegistrationConfirmation(tx, { id: row.id, status, eventId: event.id, venueId }, to, appBaseUrl());
      return row;
    });
    if (!data) return conflict();
    publishAttendanceChange(event.id); // the check-in board's "registered" column
    return { ok: true, data: { ...data, created: true, message: data.status === "WAITLISTED" ? M.waitlisted : M.confirmed } };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await findRegistration(event.id, reader.id);
    if (!winner) throw error;
    return { ok: true, data: { id: winner.id, status: winner.status, venueId: winner.venueId, created: false, message: M.already } };
  }
}

async function findRegistration(eventId: string, userId: string) {
  return db()
    .registration.findUnique({
      where: { eventId_userId: { eventId, userId } },
      select: { id: true, status: true, venueId: true, version: true },
    })
    .then((r) => (r ? { id: r.id, status: r.status, venueId: r.venueId, version: r.version } : null));
}
