import "server-only";
import type { Prisma } from "../db/client.ts";
import { localToUtc, NonexistentLocalTimeError } from "@/lib/time";
import type { PartyRef } from "@/lib/validation/agreement-schema.ts";
import type { FieldErrors } from "../shared/result.ts";
import type { ManagedEvent } from "@/server/access/find-managed-event";
import { gapMessage, msg, type Message } from "@/lib/i18n/server-messages/message";

// Checks the ids an agreement points at (session, venue, parties) against the event, and
// turns the signing venue's wall-clock time into UTC. Runs inside the write's transaction.

type Refs = {
  sessionId: string | null;
  venueId: string | null;
  signedAtLocal: string | null;
  partiesA: PartyRef[];
  partiesB: PartyRef[];
};

export type ResolvedRefs = {
  sessionId: string | null;
  venueId: string | null;
  signedAt: Date | null;
  parties: { side: "A" | "B"; ref: PartyRef }[];
};

/** What the checks need to know about the event's sessions, venues and the organization's parties. */
export type RefLookups = {
  /** undefined: not a session of this event; null: a session with no host venue. */
  sessionHostVenue: (id: string) => string | null | undefined;
  /** undefined: not a venue of this event. */
  venueZone: (id: string) => string | undefined;
  isOrganizationParty: (id: string) => boolean;
};

export async function resolveAgreementRefs(
  tx: Prisma.TransactionClient,
  event: ManagedEvent,
  refs: Refs,
): Promise<{ ok: true; value: ResolvedRefs } | { ok: false; fieldErrors: FieldErrors }> {
  const session = refs.sessionId
    ? await tx.session.findFirst({ where: { id: refs.sessionId, eventId: event.id }, select: { hostVenueId: true } })
    : null;
  const venueId = refs.venueId ?? session?.hostVenueId ?? null;
  const venue = venueId ? await tx.venue.findFirst({ where: { id: venueId, eventId: event.id }, select: { timeZone: true } }) : null;
  const ids = [...refs.partiesA, ...refs.partiesB].flatMap((ref) => ("partyId" in ref ? [ref.partyId] : []));
  // Parties are the organization's own list: another organization's private list is out of reach.
  const found = ids.length
    ? await tx.party.findMany({ where: { id: { in: ids }, organizationId: event.organizationId }, select: { id: true } })
    : [];
  const known = new Set(found.map((p) => p.id));
  return checkAgreementRefs(event, refs, {
    sessionHostVenue: (id) => (session && id === refs.sessionId ? session.hostVenueId : undefined),
    venueZone: (id) => (venue && id === venueId ? venue.timeZone : undefined),
    isOrganizationParty: (id) => known.has(id),
  });
}

/** The same checks with everything already loaded (the CSV import checks thousands of rows at once). */
export function checkAgreementRefs(
  event: Pick<ManagedEvent, "primaryTimeZone">,
  refs: Refs,
  lookups: RefLookups,
): { ok: true; value: ResolvedRefs } | { ok: false; fieldErrors: FieldErrors } {
  const errors: FieldErrors = {};
  const add = (key: string, message: Message) => (errors[key] ??= []).push(message);

  let venueId = refs.venueId;
  const sessionId = refs.sessionId;
  if (sessionId) {
    const hostVenueId = lookups.sessionHostVenue(sessionId);
    if (hostVenueId === undefined) add("sessionId", msg("agreement.sessionDoesNotBelongEvent"));
    else venueId ??= hostVenueId; // signed at the session's host venue unless told otherwise
  }
  let zone = event.primaryTimeZone;
  if (venueId) {
    const venueZone = lookups.venueZone(venueId);
    if (venueZone === undefined) add("venueId", msg("agreement.venueDoesNotBelongEvent"));
    else zone = venueZone;
  }

  let signedAt: Date | null = null;
  if (refs.signedAtLocal) {
    try {
      signedAt = localToUtc(refs.signedAtLocal, zone).utc;
    } catch (error) {
      add("signedAtLocal", error instanceof NonexistentLocalTimeError ? gapMessage(error) : msg("field.notValidDateTime"));
    }
  }

  const parties = [
    ...refs.partiesA.map((ref) => ({ side: "A" as const, ref })),
    ...refs.partiesB.map((ref) => ({ side: "B" as const, ref })),
  ];
  const ids = parties.flatMap((p) => ("partyId" in p.ref ? [p.ref.partyId] : []));
  if (new Set(ids).size !== ids.length) add("partiesA", msg("agreement.samePartyListedTwice"));
  for (const p of parties) {
    if ("partyId" in p.ref && !lookups.isOrganizationParty(p.ref.partyId))
      add(p.side === "A" ? "partiesA" : "partiesB", msg("agreement.unknownPartyChooseFromOrganization"));
  }

  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  return { ok: true, value: { sessionId: sessionId ?? null, venueId: venueId ?? null, signedAt, parties } };
}

/** Creates the new parties and links all parties to the agreement (inside the transaction). */
export async function linkParties(
  tx: Prisma.TransactionClient,
  organizationId: string,
  agreementId: string,
  parties: ResolvedRefs["parties"],
): Promise<void> {
  for (const { side, ref } of parties) {
    const partyId =
      "partyId" in ref
        ? ref.partyId
        : (await tx.party.create({ data: { organizationId, name: ref.name, country: ref.country ?? null }, select: { id: true } })).id;
    await tx.agreementParty.create({ data: { agreementId, partyId, side }, select: { partyId: true } });
  }
}
