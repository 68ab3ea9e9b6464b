import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, notFound, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";
import { captionFiles } from "./message-fields.ts";
import { mediaUrlFor } from "./media-names.ts";

const schema = z.object({ eventId: z.string().trim().min(1).max(64), videoMessageId: z.string().trim().min(1).max(64).optional() });

export type VideoMessageFormData = {
  event: { id: string; title: unknown; languages: string[] };
  people: { id: string; name: unknown; honorific: unknown; isVip: boolean; precedence: number }[];
  sessions: { id: string; title: unknown }[];
  message: {
    id: string;
    version: number;
    personId: string;
    sessionId: string | null;
    title: unknown;
    mediaUrl: string | null;
    mediaFileUrl: string | null;
    durationSec: number;
    language: string;
    notes: string | null;
    status: string;
    captions: { language: string; url: string }[];
  } | null;
};

/** What the new/edit form needs: the organization's people (VIPs first), video sessions, the message. */
export async function getVideoMessageForm(actor: CurrentUser | null, input: unknown): Promise<ActionResult<VideoMessageFormData>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const ref = await findManagedEvent(gate.actor, "internal.read", parsed.data.eventId);
  if (isDenied(ref)) return ref;
  const [event, people, message] = await Promise.all([
    db().event.findUniqueOrThrow({
      where: { id: ref.id },
      select: {
        id: true,
        title: true,
        languages: true,
        sessions: { where: { type: "VIDEO_MESSAGES" }, orderBy: { startsAt: "asc" }, select: { id: true, title: true } },
      },
    }),
    db().person.findMany({
      where: { organizationId: ref.organizationId },
      orderBy: [{ isVip: "desc" }, { precedence: "asc" }, { createdAt: "asc" }],
      take: 1000,
      select: { id: true, name: true, honorific: true, isVip: true, precedence: true },
    }),
    parsed.data.videoMessageId
      ? db().videoMessage.findFirst({
          where: { id: parsed.data.videoMessageId, eventId: ref.id },
          select: {
            id: true,
            version: true,
            personId: true,
            sessionId: true,
            title: true,
            mediaUrl: true,
            mediaFile: true,
            durationSec: true,
            language: true,
            notes: true,
            status: true,
            captions: true,
          },
        })
      : Promise.resolve(null),
  ]);
  if (parsed.data.videoMessageId && !message) return notFound("Video message");
  const { sessions, ...eventData } = event;
  return {
    ok: true,
    data: {
      event: eventData,
      people,
      sessions,
      message:
        message &&
        (({ mediaFile, captions, ...rest }) => ({
          ...rest,
          mediaFileUrl: mediaFile ? mediaUrlFor(mediaFile) : null,
          captions: Object.entries(captionFiles(captions)).map(([language, file]) => ({ language, url: mediaUrlFor(file) })),
        }))(message),
    },
  };
}
