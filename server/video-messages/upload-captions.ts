import "server-only";
import { invalidateOnSuccess } from "@/server/agenda/invalidate-on-success";
import { readFile } from "node:fs/promises";
import { uploadCaptionsTargetSchema } from "@/lib/validation/video-message-schema";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { conflict, invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedMessage } from "./find-managed-message.ts";
import { auditVideoMessage } from "./audit-video-message.ts";
import { auditView, captionFiles } from "./message-fields.ts";
import { fieldError } from "./message-refs.ts";
import { captionFileName } from "./media-names.ts";
import { storageConfig } from "./storage-config.ts";
import { commitUpload, discardUpload, receiveUpload, removeStoredFile, type UploadBody } from "./store-file.ts";
import { validateWebVtt } from "./validate-webvtt.ts";
import { msg } from "@/lib/i18n/server-messages/message";

export type UploadedCaptions = { id: string; version: number; language: string; file: string; cues: number };

/** Stores a WebVTT caption file for one language, replacing that language's earlier file. */
export async function uploadCaptions(actor: CurrentUser | null, input: unknown, body: UploadBody): Promise<ActionResult<UploadedCaptions>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = uploadCaptionsTargetSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { videoMessageId: id, version, language } = parsed.data;
  const found = await findManagedMessage(gate.actor, id);
  if (isDenied(found)) return found;
  if (found.version !== version) return conflict(found.version);

  const limit = storageConfig().maxCaptionBytes;
  const received = await receiveUpload("captions", body, limit, 0);
  if ("tooLarge" in received) return fieldError("file", msg("video.captionFilesMayAtMost", { size: Math.ceil(limit / 1024) }));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await readFile(received.tempPath));
  } catch {
    await discardUpload(received);
    return fieldError("file", msg("video.captionFilesMustUtf8"));
  }
  const check = validateWebVtt(text);
  if (!check.ok) {
    await discardUpload(received);
    return fieldError("file", check.message);
  }
  const fileName = captionFileName(id, language);
  await commitUpload(received, "captions", fileName);

  const result = await db()
    .$transaction(async (tx): Promise<ActionResult<UploadedCaptions>> => {
      const before = await findManagedMessage(gate.actor, id, tx);
      if (isDenied(before)) return before;
      const captions = { ...captionFiles(before.captions), [language]: fileName };
      const { count } = await tx.videoMessage.updateMany({ where: { id, version }, data: { captions, version: { increment: 1 } } });
      if (count === 0) return conflict(before.version);
      await auditVideoMessage(tx, gate.actor.id, before, "upload-captions", {
        before: auditView(before),
        after: auditView({ ...before, captions, version: version + 1 }),
      });
      return { ok: true, data: { id, version: version + 1, language, file: fileName, cues: check.cues } };
    })
    .catch(async (error: unknown) => {
      await removeStoredFile("captions", fileName);
      throw error;
    });
  if (!result.ok) await removeStoredFile("captions", fileName);
  else {
    const previous = captionFiles(found.captions)[language];
    if (previous) await removeStoredFile("captions", previous);
  }
  return invalidateOnSuccess(null, result);
}
