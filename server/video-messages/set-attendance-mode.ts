import "server-only";
import { setAttendanceModeSchema } from "@/lib/validation/video-message-schema";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";
import { fieldError } from "./message-refs.ts";
import { msg } from "@/lib/i18n/server-messages/message";

export type Attendance = { eventId: string; personId: string; mode: "IN_PERSON" | "ONLINE" | "VIDEO_MESSAGE"; venueId: string | null };

/** How a VIP takes part in one event: in person at a physical venue, online, or by video message. */
export async function setAttendanceMode(actor: CurrentUser | null, input: unknown): Promise<ActionResult<Attendance>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = setAttendanceModeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { eventId, personId, mode } = parsed.data;
  const event = await findManagedEvent(gate.actor, "programme.manage", eventId);
  if (isDenied(event)) return event;

  return db().$transaction(async (tx): Promise<ActionResult<Attendance>> => {
    const person = await tx.person.findUnique({ where: { id: personId }, select: { organizationId: true } });
    if (!person || person.organizationId !== event.organizationId)
      return fieldError("personId", msg("video.choosePersonEventSOrganization"));
    const venueId = mode === "VIDEO_MESSAGE" ? null : (parsed.data.venueId ?? null);
    if (venueId) {
      const venue = await tx.venue.findUnique({ where: { id: venueId }, select: { eventId: true, kind: true } });
      const wanted = mode === "IN_PERSON" ? "PHYSICAL" : "ONLINE";
      if (!venue || venue.eventId !== eventId || venue.kind !== wanted) {
        return fieldError(
          "venueId",
          mode === "IN_PERSON" ? msg("video.chooseEventSPhysicalVenues") : msg("video.chooseEventSOnlineChannels"),
        );
      }
    }
    const key = { eventId_personId: { eventId, personId } };
    const before = await tx.eventParticipant.findUnique({ where: key, select: { mode: true, venueId: true } });
    const after = await tx.eventParticipant.upsert({
      where: key,
      create: { eventId, personId, mode, venueId },
      update: { mode, venueId },
      select: { eventId: true, personId: true, mode: true, venueId: true },
    });
    await recordAudit(tx, {
      actorId: gate.actor.id,
      organizationId: event.organizationId,
      eventId,
      entity: "EventParticipant",
      entityId: `${eventId}:${personId}`,
      action: before ? "update" : "create",
      before,
      after,
    });
    return { ok: true, data: after };
  });
}
