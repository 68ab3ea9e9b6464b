import "server-only";
import { msg } from "@/lib/i18n/server-messages/message";
import { UNDO_WINDOW_MS, undoCheckInSchema } from "@/lib/validation/checkin-schema";
import { isDenied } from "../access/authorize.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { publishAttendanceChange } from "../tally/tally-events.ts";
import { invalid, notFound, type ActionResult } from "../shared/result.ts";
import { findCheckInEvent } from "./find-checkin-event.ts";

/**
 * Undoes a check-in recorded less than UNDO_WINDOW_MS ago (a wrong person scanned), audited.
 * A steward may undo only at their venues. The update is conditional, so two undos of one
 * check-in give one change and the second answers "already undone".
 */
export async function undoCheckIn(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  const raw = (input ?? {}) as { eventId?: unknown };
  const event = await findCheckInEvent(actor, "checkin.scan", typeof raw.eventId === "string" ? raw.eventId : "");
  if (isDenied(event)) return event;
  const parsed = undoCheckInSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const row = await db().checkIn.findFirst({
    where: { id: parsed.data.checkInId, eventId: event.id },
    select: { id: true, venueId: true, createdAt: true, undoneAt: true, registrationId: true },
  });
  if (!row || (event.stewardVenueIds && !event.stewardVenueIds.includes(row.venueId))) return notFound("Check-in");
  if (row.undoneAt) return { ok: false, code: "conflict", message: msg("checkin.alreadyUndone") };
  const cutoff = new Date(Date.now() - UNDO_WINDOW_MS);
  if (row.createdAt < cutoff) return { ok: false, code: "forbidden", message: msg("checkin.undoWindowPassed") };
  const changed = await db().$transaction(async (tx) => {
    const { count } = await tx.checkIn.updateMany({
      where: { id: row.id, undoneAt: null, createdAt: { gte: cutoff } },
      data: { undoneAt: new Date() },
    });
    if (count === 0) return false;
    await recordAudit(tx, {
      actorId: actor!.id,
      organizationId: event.organizationId,
      eventId: event.id,
      entity: "CheckIn",
      entityId: row.id,
      action: "undo",
      before: { registrationId: row.registrationId, venueId: row.venueId },
    });
    return true;
  });
  if (!changed) return { ok: false, code: "conflict", message: msg("checkin.alreadyUndone") };
  publishAttendanceChange(event.id);
  return { ok: true, data: { id: row.id } };
}
