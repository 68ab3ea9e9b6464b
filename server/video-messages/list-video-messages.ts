import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";
import { captionFiles } from "./message-fields.ts";

const schema = z.object({ eventId: z.string().trim().min(1).max(64) });

export type VideoMessageRow = {
  id: string;
  version: number;
  title: unknown;
  status: string;
  durationSec: number;
  language: string;
  hasMedia: boolean;
  captionLanguages: string[];
  person: { id: string; name: unknown; honorific: unknown; precedence: number };
  session: { id: string; title: unknown } | null;
};

export type VideoMessageList = {
  event: { id: string; title: unknown; languages: string[] };
  sessions: { id: string; title: unknown; startsAt: string }[];
  messages: VideoMessageRow[];
};

/** An event's video messages for its organizers, in protocol order, with its video-message sessions. */
export async function listVideoMessages(actor: CurrentUser | null, input: unknown): Promise<ActionResult<VideoMessageList>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const ref = await findManagedEvent(gate.actor, "internal.read", parsed.data.eventId);
  if (isDenied(ref)) return ref;
  const event = await db().event.findUniqueOrThrow({
    where: { id: ref.id },
    select: {
      id: true,
      title: true,
      languages: true,
      sessions: { where: { type: "VIDEO_MESSAGES" }, orderBy: { startsAt: "asc" }, select: { id: true, title: true, startsAt: true } },
      videoMessages: {
        orderBy: [{ person: { precedence: "asc" } }, { createdAt: "asc" }],
        select: {
          id: true,
          version: true,
          title: true,
          status: true,
          durationSec: true,
          language: true,
          mediaUrl: true,
          mediaFile: true,
          captions: true,
          person: { select: { id: true, name: true, honorific: true, precedence: true } },
          session: { select: { id: true, title: true } },
        },
      },
    },
  });
  return {
    ok: true,
    data: {
      event: { id: event.id, title: event.title, languages: event.languages },
      sessions: event.sessions.map((s) => ({ ...s, startsAt: s.startsAt.toISOString() })),
      messages: event.videoMessages.map(({ mediaUrl, mediaFile, captions, ...m }) => ({
        ...m,
        hasMedia: Boolean(mediaUrl || mediaFile),
        captionLanguages: Object.keys(captionFiles(captions)),
      })),
    },
  };
}
