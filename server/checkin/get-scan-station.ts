import "server-only";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { asLocalizedText } from "@/lib/i18n/pick-text";
import { isDenied } from "../access/authorize.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import type { ActionResult } from "../shared/result.ts";
import { findCheckInEvent } from "./find-checkin-event.ts";

export type ScanStation = {
  event: { id: string; title: LocalizedText; languages: string[] };
  /** The venues the caller may check people in at (a steward's own; every venue for organizers). */
  venues: { id: string; name: LocalizedText; timeZone: string; sessions: StationSession[] }[];
};
/** A session held at the venue (hosted or relayed there): a steward may count heads at its door. */
export type StationSession = { id: string; title: LocalizedText; startsAt: string };

/** What the steward's scan page needs: the event and the caller's venues. */
export async function getScanStation(actor: CurrentUser | null, eventId: string): Promise<ActionResult<ScanStation>> {
  const event = await findCheckInEvent(actor, "checkin.scan", eventId);
  if (isDenied(event)) return event;
  const [row, venues] = await Promise.all([
    db().event.findUniqueOrThrow({ where: { id: event.id }, select: { title: true } }),
    db().venue.findMany({
      // People are let in at physical venues only.
      where: { eventId: event.id, kind: "PHYSICAL", ...(event.stewardVenueIds ? { id: { in: event.stewardVenueIds } } : {}) },
      orderBy: { position: "asc" },
      select: {
        id: true,
        name: true,
        timeZone: true,
        hostedSessions: { where: { eventId: event.id }, select: { id: true, title: true, startsAt: true } },
        relays: { select: { session: { select: { id: true, title: true, startsAt: true } } } },
      },
    }),
  ]);
  const sessionsOf = (v: (typeof venues)[number]): StationSession[] =>
    [...v.hostedSessions, ...v.relays.map((r) => r.session)]
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .map((x) => ({ id: x.id, title: asLocalizedText(x.title), startsAt: x.startsAt.toISOString() }));
  return {
    ok: true,
    data: {
      event: { id: event.id, title: asLocalizedText(row.title), languages: event.languages },
      venues: venues.map((v) => ({ id: v.id, name: asLocalizedText(v.name), timeZone: v.timeZone, sessions: sessionsOf(v) })),
    },
  };
}

/** The events where the caller holds steward grants, with those venues: the /check-in index. */
export async function listMyStations(actor: CurrentUser) {
  const grants = await db().stewardGrant.findMany({
    where: { userId: actor.id },
    orderBy: [{ event: { startDate: "desc" } }, { venue: { position: "asc" } }],
    select: { event: { select: { id: true, title: true } }, venue: { select: { name: true } } },
  });
  const events = new Map<string, { id: string; title: LocalizedText; venues: LocalizedText[] }>();
  for (const g of grants) {
    const e = events.get(g.event.id) ?? { id: g.event.id, title: asLocalizedText(g.event.title), venues: [] };
    e.venues.push(asLocalizedText(g.venue.name));
    events.set(e.id, e);
  }
  return [...events.values()];
}
