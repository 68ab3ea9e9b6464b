import "server-only";
import { createTrackSchema } from "@/lib/validation/track-schema";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";
import { invalidateOnSuccess } from "@/server/agenda/invalidate-on-success";
import { trackAuditSelect, trackData } from "./track-data.ts";

export async function createTrack(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = createTrackSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { eventId, ...fields } = parsed.data;
  const event = await findManagedEvent(gate.actor, "programme.manage", eventId);
  if (isDenied(event)) return event;

  return invalidateOnSuccess(
    eventId,
    await db().$transaction(async (tx) => {
      // New tracks go last unless a position was chosen.
      const position = fields.position ?? (await tx.track.count({ where: { eventId } }));
      const track = await tx.track.create({ data: { ...trackData(fields), position, eventId }, select: trackAuditSelect });
      await recordAudit(tx, {
        actorId: gate.actor.id,
        organizationId: event.organizationId,
        eventId,
        entity: "Track",
        entityId: track.id,
        action: "create",
        after: track,
      });
      return { ok: true as const, data: { id: track.id } };
    }),
  );
}
