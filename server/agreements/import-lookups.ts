import "server-only";
import { db } from "../db/client.ts";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import type { ManagedEvent } from "@/server/access/find-managed-event";
import type { RefLookups } from "./resolve-agreement-refs.ts";

// Everything the CSV import checks rows against, read once per import (five queries), so
// that checking 5,000 rows is work in memory instead of four queries a row.

type PartyInfo = { name: unknown; country: string | null };
type VenueInfo = { name: unknown; city: unknown; timeZone: string };

export type ImportLookups = RefLookups & {
  partyByName: (name: string) => string | undefined;
  party: (id: string) => PartyInfo | undefined;
  venue: (id: string) => VenueInfo | undefined;
  existingIds: Set<string>;
  existingKeys: Set<string>;
};

export async function loadImportLookups(event: ManagedEvent): Promise<ImportLookups> {
  const [parties, sessions, venues, existing] = await Promise.all([
    db().party.findMany({ where: { organizationId: event.organizationId }, select: { id: true, name: true, country: true } }),
    db().session.findMany({ where: { eventId: event.id }, select: { id: true, hostVenueId: true } }),
    db().venue.findMany({ where: { eventId: event.id }, select: { id: true, name: true, city: true, timeZone: true } }),
    db().agreement.findMany({ where: { eventId: event.id }, select: { id: true, idempotencyKey: true } }),
  ]);
  const byName = new Map<string, string>();
  for (const p of parties) for (const n of Object.values(asLocalizedText(p.name))) if (n) byName.set(n.toLocaleLowerCase(), p.id);
  const partyById = new Map(parties.map((p) => [p.id, p]));
  const hostVenue = new Map(sessions.map((s) => [s.id, s.hostVenueId]));
  const venueById = new Map(venues.map((v) => [v.id, v]));
  return {
    sessionHostVenue: (id) => hostVenue.get(id),
    venueZone: (id) => venueById.get(id)?.timeZone,
    isOrganizationParty: (id) => partyById.has(id),
    partyByName: (name) => byName.get(name.toLocaleLowerCase()),
    party: (id) => partyById.get(id),
    venue: (id) => venueById.get(id),
    existingIds: new Set(existing.map((a) => a.id)),
    existingKeys: new Set(existing.flatMap((a) => (a.idempotencyKey ? [a.idempotencyKey] : []))),
  };
}

/** The idempotency keys among `keys` that agreements of OTHER events already carry (one query). */
export async function keysOfOtherEvents(eventId: string, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db().$queryRaw<{ key: string }[]>`
    SELECT "idempotencyKey" AS key FROM "Agreement"
    WHERE "idempotencyKey" = ANY(${keys}::text[]) AND "eventId" <> ${eventId}`;
  return new Set(rows.map((r) => r.key));
}
