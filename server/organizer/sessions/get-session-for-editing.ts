import "server-only";
import { z } from "zod";
import { utcToLocal } from "@/lib/time/convert";
import { zoneOffsetLabel } from "@/lib/time/zones";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedSession } from "./find-managed-session.ts";

const inputSchema = z.object({ sessionId: z.string().min(1).max(64) });

export type EditableSession = {
  id: string;
  eventId: string;
  type: string;
  title: unknown;
  abstract: unknown;
  /** Wall-clock at the host venue, as the form's datetime-local inputs take it. */
  startLocal: string;
  endLocal: string;
  hostTimeZone: string;
  hostOffsetLabel: string;
  hostVenueId: string;
  relayVenueIds: string[];
  trackId: string | null;
  language: string;
  interpretation: string[];
  streamUrl: string | null;
  speakerIds: string[];
  moderatorIds: string[];
  hostIds: string[];
  version: number;
};

export async function getSessionForEditing(actor: CurrentUser | null, input: unknown): Promise<ActionResult<EditableSession>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const session = await findManagedSession(gate.actor, "internal.read", parsed.data.sessionId);
  if (isDenied(session)) return session;

  const s = await db().session.findUniqueOrThrow({
    where: { id: parsed.data.sessionId },
    select: {
      id: true,
      eventId: true,
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
      hostVenue: { select: { timeZone: true } },
      relays: { select: { venueId: true } },
      roles: { select: { personId: true, role: true }, orderBy: { position: "asc" } },
    },
  });
  const zone = s.hostVenue.timeZone;
  return {
    ok: true,
    data: {
      id: s.id,
      eventId: s.eventId,
      type: s.type,
      title: s.title,
      abstract: s.abstract,
      startLocal: utcToLocal(s.startsAt, zone),
      endLocal: utcToLocal(s.endsAt, zone),
      hostTimeZone: zone,
      hostOffsetLabel: zoneOffsetLabel(zone, s.startsAt),
      hostVenueId: s.hostVenueId,
      relayVenueIds: s.relays.map((r) => r.venueId),
      trackId: s.trackId,
      language: s.language,
      interpretation: s.interpretation,
      streamUrl: s.streamUrl,
      speakerIds: s.roles.filter((r) => r.role === "SPEAKER").map((r) => r.personId),
      moderatorIds: s.roles.filter((r) => r.role === "MODERATOR").map((r) => r.personId),
      hostIds: s.roles.filter((r) => r.role === "HOST").map((r) => r.personId),
      version: s.version,
    },
  };
}
