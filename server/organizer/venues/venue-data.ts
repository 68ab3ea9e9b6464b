import "server-only";
import type { VenueFields } from "@/lib/validation/venue-schema";
import type { CurrentUser } from "@/server/auth/current-user";
import { db, Prisma } from "@/server/db/client";
import { canManage } from "../shared/access.ts";

export const venueAuditSelect = {
  id: true,
  eventId: true,
  kind: true,
  name: true,
  city: true,
  country: true,
  address: true,
  timeZone: true,
  capacity: true,
  platform: true,
  streamUrl: true,
  interpretationUrls: true,
  position: true,
  version: true,
} as const;

/** Validated form fields → Prisma columns (empty multilingual fields stored as SQL NULL). */
export function venueData(fields: VenueFields) {
  return {
    kind: fields.kind,
    name: fields.name,
    city: fields.city ?? Prisma.DbNull,
    country: fields.country ?? null,
    address: fields.address ?? Prisma.DbNull,
    timeZone: fields.timeZone,
    capacity: fields.capacity ?? null,
    platform: fields.platform ?? null,
    streamUrl: fields.streamUrl ?? null,
    interpretationUrls: fields.interpretationUrls ?? Prisma.DbNull,
    ...(fields.position === undefined ? {} : { position: fields.position }),
  };
}

/** The venue and its event's organization if the actor manages it; null otherwise. */
export async function findManagedVenue(actor: CurrentUser, venueId: string) {
  const venue = await db().venue.findUnique({
    where: { id: venueId },
    select: { id: true, eventId: true, event: { select: { organizationId: true } } },
  });
  if (!venue || !canManage(actor, venue.event.organizationId)) return null;
  return { id: venue.id, eventId: venue.eventId, organizationId: venue.event.organizationId };
}
