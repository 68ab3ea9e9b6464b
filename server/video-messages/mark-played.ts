import "server-only";
import { markPlayedSchema } from "@/lib/validation/video-message-schema";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedMessage } from "./find-managed-message.ts";
import { auditVideoMessage } from "./audit-video-message.ts";
import { auditView } from "./message-fields.ts";
import { fieldError } from "./message-refs.ts";
import { msg } from "@/lib/i18n/server-messages/message";

export type Played = { id: string; status: "PLAYED"; version: number; playedAt: string };

/**
 * The playback page's "played": from approved or scheduled (an operator may play an
 * approved message that was never formally scheduled). No version is asked for: the
 * "ended" event and the button may both fire, and the second call just answers the first.
 */
export async function markPlayed(actor: CurrentUser | null, input: unknown): Promise<ActionResult<Played>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = markPlayedSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const id = parsed.data.videoMessageId;

  return db().$transaction(async (tx): Promise<ActionResult<Played>> => {
    const before = await findManagedMessage(gate.actor, id, tx);
    if (isDenied(before)) return before;
    if (before.status === "PLAYED") {
      const row = await tx.videoMessage.findUniqueOrThrow({ where: { id }, select: { playedAt: true } });
      return { ok: true, data: { id, status: "PLAYED", version: before.version, playedAt: (row.playedAt ?? new Date()).toISOString() } };
    }
    if (before.status !== "APPROVED" && before.status !== "SCHEDULED")
      return fieldError("status", msg("video.onlyApprovedScheduledMessagesCan"));
    const playedAt = new Date();
    const { count } = await tx.videoMessage.updateMany({
      where: { id, status: before.status, version: before.version },
      data: { status: "PLAYED", playedAt, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, code: "conflict", message: msg("video.messageWasChangedBySomeone") };
    await auditVideoMessage(tx, gate.actor.id, before, "played", {
      before: auditView(before),
      after: { ...auditView({ ...before, status: "PLAYED", version: before.version + 1 }), playedAt },
    });
    return { ok: true, data: { id, status: "PLAYED", version: before.version + 1, playedAt: playedAt.toISOString() } };
  });
}
