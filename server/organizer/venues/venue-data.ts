import "server-only";
import type { VenueFields } from "@/lib/validation/venue-schema";
import type { CurrentUser } from "@/server/auth/current-user";
import { db, Prisma } from "@/server/db/client";
import { allowed } from "@/server/access/authorize";

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

/** The venue and its event's organization if the actor may change it; else the denial. */
export async function findManagedVenue(actor: CurrentUser, venueId: string) {
  const venue = await db().venue.findUnique({
    where: { id: venueId },
    select: { id: true, eventId: true, event: { select: { organizationId: true } } },
  });
  const found = venue && { id: venue.id, eventId: venue.eventId, organizationId: venue.event.organizationId };
  return allowed(actor, "programme.manage", found, "Venue");
}
