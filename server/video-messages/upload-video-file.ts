import "server-only";
import { invalidateOnSuccess } from "@/server/agenda/invalidate-on-success";
import { uploadTargetSchema } from "@/lib/validation/video-message-schema";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { conflict, invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedMessage } from "./find-managed-message.ts";
import { auditVideoMessage } from "./audit-video-message.ts";
import { auditView } from "./message-fields.ts";
import { fieldError } from "./message-refs.ts";
import { videoFileName } from "./media-names.ts";
import { SNIFF_BYTES, sniffVideo } from "./sniff-video.ts";
import { storageConfig } from "./storage-config.ts";
import { commitUpload, discardUpload, receiveUpload, removeStoredFile, type UploadBody } from "./store-file.ts";
import { msg } from "@/lib/i18n/server-messages/message";

export type UploadedVideo = { id: string; version: number; status: string; mediaFile: string; size: number };

/**
 * Stores a message's video (MP4, WebM or QuickTime, judged by its bytes) in place of any
 * earlier file or link. The message counts as received; an approved one goes back for review.
 */
export async function uploadVideoFile(actor: CurrentUser | null, input: unknown, body: UploadBody): Promise<ActionResult<UploadedVideo>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = uploadTargetSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { videoMessageId: id, version } = parsed.data;
  const found = await findManagedMessage(gate.actor, id);
  if (isDenied(found)) return found;
  if (found.version !== version) return conflict(found.version);

  const limit = storageConfig().maxVideoBytes;
  const received = await receiveUpload("videos", body, limit, SNIFF_BYTES);
  if ("tooLarge" in received) return fieldError("file", msg("video.fileLargerThanLimitMb", { size: Math.floor(limit / 1024 / 1024) }));
  const ext = sniffVideo(received.head);
  if (!ext) {
    await discardUpload(received);
    return fieldError("file", msg("video.fileNotMp4WebmQuicktime"));
  }
  const fileName = videoFileName(id, ext);
  await commitUpload(received, "videos", fileName);

  let result: ActionResult<UploadedVideo>;
  try {
    result = await db().$transaction(async (tx): Promise<ActionResult<UploadedVideo>> => {
      const before = await findManagedMessage(gate.actor, id, tx);
      if (isDenied(before)) return before;
      const status = before.status === "PLAYED" ? "PLAYED" : "RECEIVED";
      const { count } = await tx.videoMessage.updateMany({
        where: { id, version },
        data: { mediaFile: fileName, mediaUrl: null, status, version: { increment: 1 } },
      });
      if (count === 0) return conflict(before.version);
      await auditVideoMessage(tx, gate.actor.id, before, "upload-video", {
        before: auditView(before),
        after: { ...auditView({ ...before, mediaFile: fileName, mediaUrl: null, status, version: version + 1 }), size: received.size },
      });
      return { ok: true, data: { id, version: version + 1, status, mediaFile: fileName, size: received.size } };
    });
  } catch (error) {
    await removeStoredFile("videos", fileName);
    throw error;
  }
  if (!result.ok) await removeStoredFile("videos", fileName);
  else if (found.mediaFile) await removeStoredFile("videos", found.mediaFile);
  return invalidateOnSuccess(null, result);
}
