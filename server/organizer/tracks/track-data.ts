import "server-only";
import type { TrackFields } from "@/lib/validation/track-schema";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { allowed } from "@/server/access/authorize";

export const trackAuditSelect = { id: true, eventId: true, name: true, color: true, position: true, version: true } as const;

/** Validated form fields → Prisma columns. */
export function trackData(fields: TrackFields) {
  return {
    name: fields.name,
    color: fields.color,
    ...(fields.position === undefined ? {} : { position: fields.position }),
  };
}

/** The track and its event's organization if the actor may change it; else the denial. */
export async function findManagedTrack(actor: CurrentUser, trackId: string) {
  const track = await db().track.findUnique({
    where: { id: trackId },
    select: { id: true, eventId: true, event: { select: { organizationId: true } } },
  });
  const found = track && { id: track.id, eventId: track.eventId, organizationId: track.event.organizationId };
  return allowed(actor, "programme.manage", found, "Track");
}
