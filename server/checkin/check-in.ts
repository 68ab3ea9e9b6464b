import "server-only";
import { randomUUID } from "node:crypto";
import { msg } from "@/lib/i18n/server-messages/message";
import { asLocalizedText } from "@/lib/i18n/pick-text";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { checkInSchema, CLOCK_SKEW_MS, OLDEST_OFFLINE_SCAN_MS } from "@/lib/validation/checkin-schema";
import { isDenied } from "../access/authorize.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { publishAttendanceChange } from "../tally/tally-events.ts";
import { invalid, notFound, type ActionResult } from "../shared/result.ts";
import { findCheckInEvent } from "./find-checkin-event.ts";
import { REGISTRANT_CARD_SELECT, toRegistrantCard, type RegistrantCard } from "./registrant-card.ts";

// One scan at a venue (issue 20). The database decides, not a read before the write: the
// insert skips on either unique index (clientScanId: this scan was already sent; the partial
// index on active check-ins: this person is already in), so 20 concurrent scans of one code
// give one row and a replayed offline scan counts once. A scan at a session's door (sessionId)
// is a head count of that session: one per person per session, apart from the entrance.

const TX_OPTIONS = { maxWait: 10_000, timeout: 10_000 };

export type CheckInAnswer =
  | { status: "checked_in"; checkInId: string; person: RegistrantCard; replay: boolean }
  | { status: "already"; person: RegistrantCard; venue: LocalizedText; session: LocalizedText | null; timeZone: string; at: string }
  /** Registered for another venue: nothing written until the steward confirms. */
  | { status: "other_venue"; person: RegistrantCard };

export async function checkIn(actor: CurrentUser | null, input: unknown): Promise<ActionResult<CheckInAnswer>> {
  const raw = (input ?? {}) as { eventId?: unknown };
  const event = await findCheckInEvent(actor, "checkin.scan", typeof raw.eventId === "string" ? raw.eventId : "");
  if (isDenied(event)) return event;
  const parsed = checkInSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { venueId, token, registrationId, clientScanId, confirmOtherVenue } = parsed.data;
  const sessionId = parsed.data.sessionId ?? null;
  const scannedAt = new Date(parsed.data.scannedAt);
  const now = Date.now();
  if (scannedAt.getTime() > now + CLOCK_SKEW_MS) return invalidScan(msg("checkin.scanTimeInvalid"));
  if (scannedAt.getTime() < now - OLDEST_OFFLINE_SCAN_MS) return invalidScan(msg("checkin.scanTooOld"));

  if ((await db().venue.count({ where: { id: venueId, eventId: event.id } })) === 0) return notFound("Venue");
  if (event.stewardVenueIds && !event.stewardVenueIds.includes(venueId))
    return { ok: false, code: "forbidden", message: msg("checkin.notYourVenue") };
  if (sessionId && !(await sessionHeldAt(event.id, sessionId, venueId))) return notFound("Session");

  const registration = await db().registration.findFirst({
    where: { eventId: event.id, ...(token ? { checkInToken: token } : { id: registrationId }) },
    select: REGISTRANT_CARD_SELECT,
  });
  if (!registration) return notFound("Registration");
  const person = toRegistrantCard(registration);
  if (registration.status !== "CONFIRMED") return { ok: false, code: "forbidden", message: msg("checkin.notConfirmed") };
  const otherVenue = registration.venueId !== venueId;
  if (otherVenue && !confirmOtherVenue) return { ok: true, data: { status: "other_venue", person } };

  const inserted = await db().$transaction(async (tx) => {
    const id = randomUUID();
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "CheckIn" ("id", "eventId", "registrationId", "venueId", "sessionId", "stewardId", "scannedAt", "otherVenue", "clientScanId")
      VALUES (${id}, ${event.id}, ${registration.id}, ${venueId}, ${sessionId}, ${actor!.id}, ${scannedAt}, ${otherVenue}, ${clientScanId})
      ON CONFLICT DO NOTHING RETURNING "id"`;
    if (rows.length === 0) return null;
    await recordAudit(tx, {
      actorId: actor!.id,
      organizationId: event.organizationId,
      eventId: event.id,
      entity: "CheckIn",
      entityId: id,
      action: "create",
      after: { registrationId: registration.id, venueId, sessionId, scannedAt, otherVenue, clientScanId },
    });
    return id;
    // A rush at the door queues for a pooled connection rather than failing the scan after Prisma's default 2 s.
  }, TX_OPTIONS);
  if (inserted) {
    publishAttendanceChange(event.id); // after the commit: boards count what is there
    return { ok: true, data: { status: "checked_in", checkInId: inserted, person, replay: false } };
  }
  // Skipped: the same scan sent again, or the person is already in.
  const replayed = await db().checkIn.findUnique({ where: { clientScanId }, select: { id: true, registrationId: true } });
  if (replayed && replayed.registrationId === registration.id)
    return { ok: true, data: { status: "checked_in", checkInId: replayed.id, person, replay: true } };
  const active = await db().checkIn.findFirst({
    where: { registrationId: registration.id, undoneAt: null, sessionId },
    select: { scannedAt: true, venue: { select: { name: true, timeZone: true } }, session: { select: { title: true } } },
  });
  if (!active) return { ok: false, code: "conflict", message: msg("common.changedBySomeoneElse") };
  return {
    ok: true,
    data: {
      status: "already",
      person,
      venue: asLocalizedText(active.venue.name),
      session: active.session ? asLocalizedText(active.session.title) : null,
      timeZone: active.venue.timeZone,
      at: active.scannedAt.toISOString(),
    },
  };
}

function invalidScan(message: ReturnType<typeof msg>): ActionResult<never> {
  return { ok: false, code: "invalid", message, fieldErrors: { scannedAt: [message] } };
}

/** The session belongs to the event and takes place at the venue (hosted or relayed there). */
async function sessionHeldAt(eventId: string, sessionId: string, venueId: string): Promise<boolean> {
  const n = await db().session.count({
    where: { id: sessionId, eventId, OR: [{ hostVenueId: venueId }, { relays: { some: { venueId } } }] },
  });
  return n > 0;
}
