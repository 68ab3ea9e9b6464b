import "server-only";
import { runOfShowSchema } from "@/lib/validation/video-message-schema";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, notFound, type ActionResult } from "@/server/shared/result";
import { authorize, gateFor } from "@/server/access/authorize";
import { captionFiles } from "./message-fields.ts";
import { cueMessages, cueTimesByVenue, orderRunOfShow, type VenueCue } from "./run-of-show-plan.ts";

export type RunOfShowItem = {
  id: string;
  version: number;
  title: unknown;
  status: string;
  durationSec: number;
  position: number | null;
  offsetSec: number;
  cueAt: string;
  cues: VenueCue[];
  person: { name: unknown; honorific: unknown; title: unknown; precedence: number };
  mediaUrl: string | null;
  mediaFile: string | null;
  captions: Record<string, string>;
};

export type RunOfShow = {
  session: { id: string; eventId: string; title: unknown; startsAt: string; endsAt: string; lengthSec: number; hostVenueId: string };
  event: { id: string; title: unknown; languages: string[] };
  venues: { id: string; name: unknown; city: unknown; timeZone: string; kind: string }[];
  items: RunOfShowItem[];
  totalSec: number;
  /** Seconds past the session's end; 0 when the messages fit. */
  overrunSec: number;
};

/** A video-message session's messages in running order, each with its cue at every venue. */
export async function getRunOfShow(actor: CurrentUser | null, input: unknown): Promise<ActionResult<RunOfShow>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const parsed = runOfShowSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const session = await db().session.findUnique({
    where: { id: parsed.data.sessionId },
    select: {
      id: true,
      eventId: true,
      title: true,
      startsAt: true,
      endsAt: true,
      type: true,
      hostVenueId: true,
      event: {
        select: {
          id: true,
          title: true,
          languages: true,
          organizationId: true,
          venues: { orderBy: { position: "asc" }, select: { id: true, name: true, city: true, timeZone: true, kind: true } },
        },
      },
      videoMessages: {
        select: {
          id: true,
          version: true,
          title: true,
          status: true,
          durationSec: true,
          position: true,
          createdAt: true,
          mediaUrl: true,
          mediaFile: true,
          captions: true,
          person: { select: { name: true, honorific: true, title: true, precedence: true } },
        },
      },
    },
  });
  const denied = authorize(gate.actor, "internal.read", session?.type === "VIDEO_MESSAGES" ? session.event : null, "Video-message session");
  if (denied || !session) return denied ?? notFound("Video-message session");
  const ordered = orderRunOfShow(session.videoMessages.map((m) => ({ ...m, precedence: m.person.precedence })));
  const { items, totalSec } = cueMessages(ordered, session.startsAt);
  const zones = session.event.venues.map((v) => ({ venueId: v.id, timeZone: v.timeZone }));
  const lengthSec = Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 1000);
  const { organizationId: _org, venues, ...event } = session.event;
  return {
    ok: true,
    data: {
      session: {
        id: session.id,
        eventId: session.eventId,
        title: session.title,
        hostVenueId: session.hostVenueId,
        startsAt: session.startsAt.toISOString(),
        endsAt: session.endsAt.toISOString(),
        lengthSec,
      },
      event,
      venues,
      items: items.map((m) => ({
        id: m.id,
        version: m.version,
        title: m.title,
        status: m.status,
        durationSec: m.durationSec,
        position: m.position,
        offsetSec: m.offsetSec,
        cueAt: m.cueAt.toISOString(),
        cues: cueTimesByVenue(m.cueAt, zones),
        person: m.person,
        mediaUrl: m.mediaUrl,
        mediaFile: m.mediaFile,
        captions: captionFiles(m.captions),
      })),
      totalSec,
      overrunSec: Math.max(0, totalSec - lengthSec),
    },
  };
}
