import "server-only";
import type { SessionFields } from "@/lib/validation/session-schema";
import { localToUtc, NonexistentLocalTimeError } from "@/lib/time/convert";
import type { CurrentUser } from "@/server/auth/current-user";
import { db, Prisma } from "@/server/db/client";
import type { SessionRoleKind } from "@/server/db/generated/enums";
import { notFound, type ActionResult, fieldError } from "@/server/shared/result";
import { authorize, isDenied } from "@/server/access/authorize";
import { findManagedEvent, type ManagedEvent } from "@/server/access/find-managed-event";
import { gapMessage, msg } from "@/lib/i18n/server-messages/message";

// Turns a validated session form into what gets stored: UTC instants from the host venue's
// wall-clock times, relay venues and people checked against the event and organization.
// Ids the actor cannot reach answer not_found; reachable ids of another event or
// organization are a field error (a stale form, not a probe).

export type SessionPlan = {
  event: ManagedEvent;
  hostVenue: { id: string; timeZone: string; name: unknown };
  relayVenueIds: string[];
  startsAt: Date;
  endsAt: Date;
  roles: { personId: string; role: SessionRoleKind; position: number }[];
  data: {
    type: SessionFields["type"];
    title: SessionFields["title"];
    abstract: Prisma.InputJsonValue | typeof Prisma.DbNull;
    startsAt: Date;
    endsAt: Date;
    hostVenueId: string;
    trackId: string | null;
    language: string;
    interpretation: string[];
    streamUrl: string | null;
  };
};

type PlanResult = { plan: SessionPlan } | { error: ActionResult<never> };

function toUtc(field: string, local: string, zone: string): { utc: Date } | { error: ActionResult<never> } {
  try {
    return { utc: localToUtc(local, zone).utc };
  } catch (err) {
    if (err instanceof NonexistentLocalTimeError) return { error: fieldError(field, gapMessage(err)) };
    return { error: fieldError(field, msg("field.notValidDateTime")) };
  }
}

export async function planSession(actor: CurrentUser, eventId: string, fields: SessionFields): Promise<PlanResult> {
  const event = await findManagedEvent(actor, "programme.manage", eventId);
  if (isDenied(event)) return { error: event };

  const relayVenueIds = fields.relayVenueIds.filter((id) => id !== fields.hostVenueId);
  const venues = await db().venue.findMany({
    where: { id: { in: [fields.hostVenueId, ...relayVenueIds] } },
    select: { id: true, eventId: true, timeZone: true, name: true, event: { select: { organizationId: true } } },
  });
  const byId = new Map(venues.map((v) => [v.id, v]));
  for (const [field, id] of [["hostVenueId", fields.hostVenueId], ...relayVenueIds.map((id) => ["relayVenueIds", id])]) {
    const venue = byId.get(id);
    const denied = authorize(actor, "programme.manage", venue?.event ?? null, "Venue");
    if (denied || !venue) return { error: denied ?? notFound("Venue") };
    if (venue.eventId !== eventId) return { error: fieldError(field, msg("session.chooseVenueEvent")) };
  }
  const host = byId.get(fields.hostVenueId)!;

  if (fields.trackId) {
    const track = await db().track.findUnique({
      where: { id: fields.trackId },
      select: { eventId: true, event: { select: { organizationId: true } } },
    });
    const denied = authorize(actor, "programme.manage", track?.event ?? null, "Track");
    if (denied || !track) return { error: denied ?? notFound("Track") };
    if (track.eventId !== eventId) return { error: fieldError("trackId", msg("session.chooseTrackEvent")) };
  }

  const personIds = [...new Set([...fields.speakerIds, ...fields.moderatorIds, ...fields.hostIds])];
  const people = await db().person.findMany({ where: { id: { in: personIds } }, select: { id: true, organizationId: true } });
  const orgOf = new Map(people.map((p) => [p.id, p.organizationId]));
  for (const id of personIds) {
    const org = orgOf.get(id);
    const denied = authorize(actor, "programme.manage", org ? { organizationId: org } : null, "Person");
    if (denied || !org) return { error: denied ?? notFound("Person") };
    if (org !== event.organizationId) {
      const field = fields.speakerIds.includes(id) ? "speakerIds" : fields.moderatorIds.includes(id) ? "moderatorIds" : "hostIds";
      return { error: fieldError(field, msg("session.choosePeopleOrganizationRunningEvent")) };
    }
  }

  const start = toUtc("startLocal", fields.startLocal, host.timeZone);
  if ("error" in start) return start;
  const end = toUtc("endLocal", fields.endLocal, host.timeZone);
  if ("error" in end) return end;
  if (end.utc.getTime() <= start.utc.getTime()) return { error: fieldError("endLocal", msg("session.endMustAfterStart")) };

  const roles = [
    ...fields.speakerIds.map((personId, position) => ({ personId, role: "SPEAKER" as const, position })),
    ...fields.moderatorIds.map((personId, position) => ({ personId, role: "MODERATOR" as const, position })),
    ...fields.hostIds.map((personId, position) => ({ personId, role: "HOST" as const, position })),
  ];
  return {
    plan: {
      event,
      hostVenue: { id: host.id, timeZone: host.timeZone, name: host.name },
      relayVenueIds,
      startsAt: start.utc,
      endsAt: end.utc,
      roles,
      data: {
        type: fields.type,
        title: fields.title,
        abstract: fields.abstract ?? Prisma.DbNull,
        startsAt: start.utc,
        endsAt: end.utc,
        hostVenueId: host.id,
        trackId: fields.trackId ?? null,
        language: fields.language,
        interpretation: fields.interpretation,
        streamUrl: fields.streamUrl ?? null,
      },
    },
  };
}

export const sessionAuditSelect = {
  id: true,
  type: true,
  title: true,
  abstract: true,
  startsAt: true,
  endsAt: true,
  hostVenueId: true,
  trackId: true,
  language: true,
  interpretation: true,
  streamUrl: true,
  version: true,
  relays: { select: { venueId: true }, orderBy: { venueId: "asc" as const } },
  roles: { select: { personId: true, role: true, position: true }, orderBy: [{ role: "asc" }, { position: "asc" }] },
} satisfies Prisma.SessionSelect;
