import "server-only";
import { eventRefSchema } from "@/lib/validation/event-schema";
import { localToUtc, utcToLocal } from "@/lib/time/convert";
import { zoneOffsetLabel } from "@/lib/time/zones";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";
import { fromDbDate } from "../events/event-snapshot.ts";

// The organizer's grid: one column per venue in its own local time, one row per 30-minute
// slot (UTC-aligned, so every venue's row shows the same instant). Rows cover 08:00–18:00 of
// each event day in the primary zone plus every slot a session occupies. Sessions come as a
// list; lib/timetable/timetable-layout.ts places each in its host column and every column it
// is relayed to, as tall as it lasts.

const SLOT_MS = 30 * 60_000;

export type TimetableColumn = {
  venueId: string;
  name: unknown;
  city: unknown;
  kind: "PHYSICAL" | "ONLINE";
  timeZone: string;
  offsetLabel: string;
  /** The other venues' offsets, so the header reads "UTC+9 · Jinan UTC+8". */
  others: { venueId: string; name: unknown; city: unknown; offsetLabel: string }[];
};

/** One session, placed by the client in its host column and every column it is relayed to. */
export type TimetableSession = {
  sessionId: string;
  title: unknown;
  type: string;
  version: number;
  hostVenueId: string;
  /** The host first, then the relay venues of this event. */
  venueIds: string[];
  startsAt: string;
  endsAt: string;
};

/** A 30-minute slot: its UTC start and the wall-clock time at each venue ("2020-07-30T11:00"). */
export type TimetableRow = { at: string; local: Record<string, string> };
export type Timetable = {
  event: {
    id: string;
    organizationId: string;
    title: unknown;
    languages: string[];
    startDate: string;
    endDate: string;
    primaryTimeZone: string;
  };
  columns: TimetableColumn[];
  rows: TimetableRow[];
  sessions: TimetableSession[];
};

const floorSlot = (ms: number) => Math.floor(ms / SLOT_MS) * SLOT_MS;

function eventDays(start: string, end: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= Date.parse(`${end}T00:00:00Z`); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

export async function getTimetable(actor: CurrentUser | null, input: unknown): Promise<ActionResult<Timetable>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const parsed = eventRefSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const managed = await findManagedEvent(gate.actor, "internal.read", parsed.data.eventId);
  if (isDenied(managed)) return managed;

  const event = await db().event.findUniqueOrThrow({
    where: { id: parsed.data.eventId },
    select: {
      id: true,
      title: true,
      languages: true,
      startDate: true,
      endDate: true,
      primaryTimeZone: true,
      venues: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { id: true, name: true, city: true, kind: true, timeZone: true },
      },
      sessions: {
        orderBy: { startsAt: "asc" },
        select: {
          id: true,
          title: true,
          type: true,
          version: true,
          startsAt: true,
          endsAt: true,
          hostVenueId: true,
          relays: { select: { venueId: true } },
        },
      },
    },
  });
  const startDate = fromDbDate(event.startDate);
  const endDate = fromDbDate(event.endDate);
  const days = eventDays(startDate, endDate);
  // Offsets as of the event's first day (noon in the primary zone): what people will see then.
  const labelAt = localToUtc(`${startDate}T12:00`, event.primaryTimeZone).utc;
  const offsets = new Map(event.venues.map((v) => [v.id, zoneOffsetLabel(v.timeZone, labelAt)]));
  const columns: TimetableColumn[] = event.venues.map((v) => ({
    venueId: v.id,
    name: v.name,
    city: v.city,
    kind: v.kind,
    timeZone: v.timeZone,
    offsetLabel: offsets.get(v.id)!,
    others: event.venues
      .filter((o) => o.id !== v.id)
      .map((o) => ({ venueId: o.id, name: o.name, city: o.city, offsetLabel: offsets.get(o.id)! })),
  }));

  const slots = new Set<number>();
  for (const day of days) {
    const from = localToUtc(`${day}T08:00`, event.primaryTimeZone).utc.getTime();
    const to = localToUtc(`${day}T18:00`, event.primaryTimeZone).utc.getTime();
    for (let t = floorSlot(from); t < to; t += SLOT_MS) slots.add(t);
  }
  for (const s of event.sessions) {
    for (let t = floorSlot(s.startsAt.getTime()); t < s.endsAt.getTime(); t += SLOT_MS) slots.add(t);
  }
  const rows: TimetableRow[] = [...slots]
    .sort((a, b) => a - b)
    .map((t) => ({
      at: new Date(t).toISOString(),
      local: Object.fromEntries(event.venues.map((v) => [v.id, utcToLocal(t, v.timeZone)])),
    }));
  const venueIds = new Set(event.venues.map((v) => v.id));
  const sessions: TimetableSession[] = event.sessions.map((s) => ({
    sessionId: s.id,
    title: s.title,
    type: s.type,
    version: s.version,
    hostVenueId: s.hostVenueId,
    venueIds: [s.hostVenueId, ...s.relays.map((r) => r.venueId).filter((id) => id !== s.hostVenueId)].filter((id) => venueIds.has(id)),
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
  }));
  return {
    ok: true,
    data: {
      event: {
        id: event.id,
        organizationId: managed.organizationId,
        title: event.title,
        languages: event.languages,
        startDate,
        endDate,
        primaryTimeZone: event.primaryTimeZone,
      },
      columns,
      rows,
      sessions,
    },
  };
}
