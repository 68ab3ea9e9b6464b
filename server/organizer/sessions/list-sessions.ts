import "server-only";
import { eventRefSchema } from "@/lib/validation/event-schema";
import { utcToLocal } from "@/lib/time/convert";
import { zoneOffsetLabel } from "@/lib/time/zones";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";

export type SessionListItem = {
  id: string;
  type: string;
  title: unknown;
  hostVenue: { id: string; name: unknown; timeZone: string };
  relayVenueNames: unknown[];
  /** Wall-clock at the host venue and the offset in force then. */
  startLocal: string;
  endLocal: string;
  offsetLabel: string;
  version: number;
};

/** The event's sessions in time order, each in its host venue's local time. */
export async function listSessions(actor: CurrentUser | null, input: unknown): Promise<ActionResult<SessionListItem[]>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const parsed = eventRefSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const managed = await findManagedEvent(gate.actor, "internal.read", parsed.data.eventId);
  if (isDenied(managed)) return managed;
  const rows = await db().session.findMany({
    where: { eventId: parsed.data.eventId },
    orderBy: { startsAt: "asc" },
    take: 1000,
    select: {
      id: true,
      type: true,
      title: true,
      startsAt: true,
      endsAt: true,
      version: true,
      hostVenue: { select: { id: true, name: true, timeZone: true } },
      relays: { select: { venue: { select: { name: true } } } },
    },
  });
  return {
    ok: true,
    data: rows.map((s) => ({
      id: s.id,
      type: s.type,
      title: s.title,
      hostVenue: s.hostVenue,
      version: s.version,
      relayVenueNames: s.relays.map((r) => r.venue.name),
      startLocal: utcToLocal(s.startsAt, s.hostVenue.timeZone),
      endLocal: utcToLocal(s.endsAt, s.hostVenue.timeZone),
      offsetLabel: zoneOffsetLabel(s.hostVenue.timeZone, s.startsAt),
    })),
  };
}
