import "server-only";
import { invalidateOnSuccess } from "@/server/agenda/invalidate-on-success";
import { canChangeVideoStatus, changeVideoStatusSchema, type VideoStatus } from "@/lib/validation/video-message-schema";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { conflict, invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedMessage, type ManagedMessage } from "./find-managed-message.ts";
import { auditVideoMessage } from "./audit-video-message.ts";
import { auditView, captionedEventLanguages } from "./message-fields.ts";
import { fieldError } from "./message-refs.ts";
import { msg, statusWord } from "@/lib/i18n/server-messages/message";

export type StatusChanged = { id: string; status: VideoStatus; version: number };

/** Why `message` may not move to `to`, or null when it may. */
function refusal(message: ManagedMessage, to: VideoStatus): ActionResult<never> | null {
  if (!canChangeVideoStatus(message.status, to))
    return fieldError("status", msg("video.messageCannotGoFrom", { from: statusWord(message.status), to: statusWord(to) }));
  const hasMedia = Boolean(message.mediaFile || message.mediaUrl);
  if ((to === "RECEIVED" || to === "APPROVED") && !hasMedia) return fieldError("status", msg("video.addVideoFileLink"));
  if (to === "APPROVED" && captionedEventLanguages(message.captions, message.event.languages).length === 0) {
    return fieldError("status", msg("video.uploadCaptionsAtLeastEvent", { languages: message.event.languages.join(", ") }));
  }
  if (to === "SCHEDULED" && !message.sessionId) return fieldError("status", msg("video.putMessageVideoMessageSession"));
  return null;
}

/** requested → received → approved → scheduled → played (and one step back); audited. */
export async function changeVideoStatus(actor: CurrentUser | null, input: unknown): Promise<ActionResult<StatusChanged>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = changeVideoStatusSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { videoMessageId: id, version, status } = parsed.data;

  const result = await db().$transaction(async (tx): Promise<ActionResult<StatusChanged>> => {
    const before = await findManagedMessage(gate.actor, id, tx);
    if (isDenied(before)) return before;
    if (before.version !== version) return conflict(before.version);
    const refused = refusal(before, status);
    if (refused) return refused;
    const playedAt = status === "PLAYED" ? new Date() : null;
    const { count } = await tx.videoMessage.updateMany({ where: { id, version }, data: { status, playedAt, version: { increment: 1 } } });
    if (count === 0) return conflict(before.version);
    await auditVideoMessage(tx, gate.actor.id, before, "status", {
      before: auditView(before),
      after: { ...auditView({ ...before, status, version: version + 1 }), playedAt },
    });
    return { ok: true, data: { id, status, version: version + 1 } };
  });
  return invalidateOnSuccess(null, result);
}
