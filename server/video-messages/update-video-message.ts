import "server-only";
import { updateVideoMessageSchema } from "@/lib/validation/video-message-schema";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { conflict, invalid, type ActionResult } from "@/server/shared/result";
import { removeStoredFile } from "./store-file.ts";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedMessage } from "./find-managed-message.ts";
import { auditVideoMessage } from "./audit-video-message.ts";
import { auditView } from "./message-fields.ts";
import { checkMessageRefs, fieldError } from "./message-refs.ts";
import { storageConfig } from "./storage-config.ts";
import { msg } from "@/lib/i18n/server-messages/message";

export type SavedMessage = { id: string; version: number; status: string };

/**
 * Edits a message. A new link replaces an uploaded file; new media on an approved message
 * sends it back to "received" so nobody plays a video that was never reviewed.
 */
export async function updateVideoMessage(actor: CurrentUser | null, input: unknown): Promise<ActionResult<SavedMessage>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = updateVideoMessageSchema(storageConfig().videoUrlHosts).safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { videoMessageId: id, version, ...data } = parsed.data;
  const current = await findManagedMessage(gate.actor, id);
  if (isDenied(current)) return current;

  let replacedFile: string | null = null;
  const result = await db().$transaction(async (tx): Promise<ActionResult<SavedMessage>> => {
    const refused = await checkMessageRefs(tx, { id: current.eventId, organizationId: current.event.organizationId }, data);
    if (refused) return refused;
    const before = await findManagedMessage(gate.actor, id, tx);
    if (isDenied(before)) return before;
    if (before.version !== version) return conflict(before.version);
    const mediaUrl = data.mediaUrl ?? (before.mediaFile ? null : before.mediaUrl);
    const mediaFile = data.mediaUrl ? null : before.mediaFile;
    if (before.status !== "REQUESTED" && !mediaUrl && !mediaFile) return fieldError("mediaUrl", msg("video.messageHasBeenReceivedKeep"));
    const sessionId = data.sessionId ?? null;
    if (before.status === "SCHEDULED" && !sessionId) return fieldError("sessionId", msg("video.scheduledMessageNeedsSessionUnschedule"));
    const mediaChanged = mediaUrl !== before.mediaUrl || mediaFile !== before.mediaFile;
    const status = mediaChanged && (before.status === "APPROVED" || before.status === "SCHEDULED") ? "RECEIVED" : before.status;
    const position = sessionId === before.sessionId ? before.position : null;

    const { count } = await tx.videoMessage.updateMany({
      where: { id, version },
      data: {
        personId: data.personId,
        sessionId,
        position,
        title: data.title,
        mediaUrl,
        mediaFile,
        status,
        durationSec: data.durationSec,
        language: data.language,
        notes: data.notes ?? null,
        version: { increment: 1 },
      },
    });
    if (count === 0) return conflict(before.version);
    const after = { ...before, sessionId, position, mediaUrl, mediaFile, status, durationSec: data.durationSec, version: version + 1 };
    await auditVideoMessage(tx, gate.actor.id, before, "update", {
      before: { ...auditView(before), personId: before.personId },
      after: { ...auditView(after), personId: data.personId, title: data.title },
    });
    if (before.mediaFile && !mediaFile) replacedFile = before.mediaFile;
    return { ok: true, data: { id, version: version + 1, status } };
  });
  if (result.ok && replacedFile) await removeStoredFile("videos", replacedFile);
  return result;
}
