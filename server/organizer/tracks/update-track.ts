import "server-only";
import { updateTrackSchema } from "@/lib/validation/track-schema";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { conflict, invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { invalidateOnSuccess } from "@/server/agenda/invalidate-on-success";
import { findManagedTrack, trackAuditSelect, trackData } from "./track-data.ts";

/** Renames, recolours or reorders a track; its sessions follow, as they point at it. */
export async function updateTrack(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = updateTrackSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { trackId, version, ...fields } = parsed.data;
  const track = await findManagedTrack(gate.actor, trackId);
  if (isDenied(track)) return track;

  return invalidateOnSuccess(
    track.eventId,
    await db().$transaction(async (tx) => {
      const before = await tx.track.findUniqueOrThrow({ where: { id: trackId }, select: trackAuditSelect });
      const { count } = await tx.track.updateMany({
        where: { id: trackId, version },
        data: { ...trackData(fields), version: { increment: 1 } },
      });
      if (count === 0) return conflict(before.version);
      const after = await tx.track.findUniqueOrThrow({ where: { id: trackId }, select: trackAuditSelect });
      await recordAudit(tx, {
        actorId: gate.actor.id,
        organizationId: track.organizationId,
        eventId: track.eventId,
        entity: "Track",
        entityId: trackId,
        action: "update",
        before,
        after,
      });
      return { ok: true as const, data: { id: trackId, version: after.version } };
    }),
  );
}
