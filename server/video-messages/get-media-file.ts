import "server-only";
import { stat } from "node:fs/promises";
import type { CurrentUser } from "@/server/auth/current-user";
import { can } from "@/server/access/policy";
import { isPublicEventStatus } from "@/server/access/public-event";
import { db } from "@/server/db/client";

import { captionFiles } from "./message-fields.ts";
import { CONTENT_TYPES, parseMediaName } from "./media-names.ts";
import { PUBLIC_VIDEO_STATUSES } from "./list-public-video-messages.ts";
import { storageConfig, storagePath } from "./storage-config.ts";

export type MediaFile = { path: string; contentType: string; size: number; isPublic: boolean };

/**
 * A stored video or caption file the actor may read, or null (missing, foreign and
 * malformed names all look the same). The name must match our generated pattern AND be
 * the file the owning message's record names, so no request can reach any other path.
 * Readers: the organizers of the event's organization; anyone, once the event shows its
 * videos publicly and the message is approved.
 */
export async function getMediaFile(actor: CurrentUser | null, fileName: string): Promise<MediaFile | null> {
  const parsed = parseMediaName(fileName);
  if (!parsed) return null;
  const message = await db().videoMessage.findUnique({
    where: { id: parsed.messageId },
    select: {
      mediaFile: true,
      captions: true,
      status: true,
      event: { select: { organizationId: true, videosPublic: true, status: true } },
    },
  });
  if (!message) return null;
  const named =
    parsed.kind === "videos" ? message.mediaFile === fileName : Object.values(captionFiles(message.captions)).includes(fileName);
  if (!named) return null;
  const isPublic =
    message.event.videosPublic &&
    isPublicEventStatus(message.event.status) &&
    (PUBLIC_VIDEO_STATUSES as readonly string[]).includes(message.status);
  const isOrganizer = can(actor, "internal.read", message.event);
  if (!isPublic && !isOrganizer) return null;
  const path = storagePath(storageConfig(), parsed.kind, fileName);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  return { path, contentType: CONTENT_TYPES[parsed.ext], size: info.size, isPublic };
}
