import "server-only";
import { publicVideoMessagesSchema } from "@/lib/validation/video-message-schema";
import { db } from "@/server/db/client";
import { isPublicEventStatus } from "@/server/access/public-event";
import { captionFiles } from "./message-fields.ts";
import { mediaUrlFor } from "./media-names.ts";
import { orderRunOfShow } from "./run-of-show-plan.ts";

export type PublicVideoMessage = {
  id: string;
  title: unknown;
  durationSec: number;
  language: string;
  person: { name: unknown; honorific: unknown; title: unknown; affiliation: unknown };
  /** Either our streaming route for an uploaded file or the external https link. */
  src: { kind: "file"; url: string } | { kind: "link"; url: string } | null;
  captions: { language: string; url: string }[];
};

export const PUBLIC_VIDEO_STATUSES = ["APPROVED", "SCHEDULED", "PLAYED"] as const;

/**
 * The messages the public may watch: only when the organizer made videos public and the
 * event is published, live or concluded; only approved (or later) messages.
 */
export async function listPublicVideoMessages(input: unknown): Promise<PublicVideoMessage[]> {
  const parsed = publicVideoMessagesSchema.safeParse(input);
  if (!parsed.success) return [];
  const event = await db().event.findUnique({ where: { slug: parsed.data.slug }, select: { id: true, status: true, videosPublic: true } });
  if (!event || !event.videosPublic || !isPublicEventStatus(event.status)) return [];
  const rows = await db().videoMessage.findMany({
    where: { eventId: event.id, status: { in: [...PUBLIC_VIDEO_STATUSES] } },
    select: {
      id: true,
      title: true,
      durationSec: true,
      language: true,
      mediaUrl: true,
      mediaFile: true,
      captions: true,
      position: true,
      createdAt: true,
      sessionId: true,
      session: { select: { startsAt: true } },
      person: { select: { name: true, honorific: true, title: true, affiliation: true, precedence: true } },
    },
    take: 200,
  });
  // Session by session in agenda order, each in its running order.
  const bySession = new Map<string, typeof rows>();
  for (const row of rows) bySession.set(row.sessionId ?? "", [...(bySession.get(row.sessionId ?? "") ?? []), row]);
  const groups = [...bySession.values()].sort(
    (a, b) => (a[0].session?.startsAt.getTime() ?? Infinity) - (b[0].session?.startsAt.getTime() ?? Infinity),
  );
  return groups
    .flatMap((group) => orderRunOfShow(group.map((r) => ({ ...r, precedence: r.person.precedence }))))
    .map((m) => ({
      id: m.id,
      title: m.title,
      durationSec: m.durationSec,
      language: m.language,
      person: { name: m.person.name, honorific: m.person.honorific, title: m.person.title, affiliation: m.person.affiliation },
      src: m.mediaFile ? { kind: "file", url: mediaUrlFor(m.mediaFile) } : m.mediaUrl ? { kind: "link", url: m.mediaUrl } : null,
      captions: Object.entries(captionFiles(m.captions)).map(([language, file]) => ({ language, url: mediaUrlFor(file) })),
    }));
}
