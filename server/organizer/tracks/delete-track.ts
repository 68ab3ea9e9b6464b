import "server-only";
import { deleteTrackSchema } from "@/lib/validation/track-schema";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { conflict, invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { invalidateOnSuccess } from "@/server/agenda/invalidate-on-success";
import { findManagedTrack, trackAuditSelect } from "./track-data.ts";

/** Deletes a track; its sessions stay, without a track (the foreign key sets NULL). */
export async function deleteTrack(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = deleteTrackSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { trackId, version } = parsed.data;
  const track = await findManagedTrack(gate.actor, trackId);
  if (isDenied(track)) return track;

  return invalidateOnSuccess(
    track.eventId,
    await db().$transaction(async (tx) => {
      const before = await tx.track.findUniqueOrThrow({ where: { id: trackId }, select: trackAuditSelect });
      const { count } = await tx.track.deleteMany({ where: { id: trackId, version } });
      if (count === 0) return conflict(before.version);
      await recordAudit(tx, {
        actorId: gate.actor.id,
        organizationId: track.organizationId,
        eventId: track.eventId,
        entity: "Track",
        entityId: trackId,
        action: "delete",
        before,
      });
      return { ok: true as const, data: { id: trackId } };
    }),
  );
}
