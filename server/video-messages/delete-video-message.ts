import "server-only";
import { invalidateOnSuccess } from "@/server/agenda/invalidate-on-success";
import { deleteVideoMessageSchema } from "@/lib/validation/video-message-schema";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { conflict, invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedMessage } from "./find-managed-message.ts";
import { auditVideoMessage } from "./audit-video-message.ts";
import { auditView, captionFiles } from "./message-fields.ts";
import { fieldError } from "./message-refs.ts";
import { removeStoredFile } from "./store-file.ts";
import { msg } from "@/lib/i18n/server-messages/message";

/** Deletes a message that has not been played (a played one is part of the record), and its files. */
export async function deleteVideoMessage(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = deleteVideoMessageSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { videoMessageId: id, version } = parsed.data;

  const result = await db().$transaction(async (tx): Promise<ActionResult<{ id: string; files: [string | null, string[]] }>> => {
    const before = await findManagedMessage(gate.actor, id, tx);
    if (isDenied(before)) return before;
    if (before.version !== version) return conflict(before.version);
    if (before.status === "PLAYED") return fieldError("status", msg("video.playedMessageStaysRecordCannot"));
    const { count } = await tx.videoMessage.deleteMany({ where: { id, version } });
    if (count === 0) return conflict(before.version);
    await auditVideoMessage(tx, gate.actor.id, before, "delete", {
      before: { ...auditView(before), personId: before.personId },
    });
    return { ok: true, data: { id, files: [before.mediaFile, Object.values(captionFiles(before.captions))] } };
  });
  if (!result.ok) return result;
  const [video, captions] = result.data.files;
  if (video) await removeStoredFile("videos", video);
  for (const file of captions) await removeStoredFile("captions", file);
  return invalidateOnSuccess(null, { ok: true, data: { id } });
}
