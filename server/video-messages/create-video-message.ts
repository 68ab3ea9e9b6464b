import "server-only";
import { createVideoMessageSchema } from "@/lib/validation/video-message-schema";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, type ActionResult } from "@/server/shared/result";
import { gateFor, isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";
import { auditView } from "./message-fields.ts";
import { checkMessageRefs, fieldError } from "./message-refs.ts";
import { storageConfig } from "./storage-config.ts";
import { msg } from "@/lib/i18n/server-messages/message";

/** Records a VIP's video message (asked for, or already received with an external link). */
export async function createVideoMessage(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = createVideoMessageSchema(storageConfig().videoUrlHosts).safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { eventId, ...data } = parsed.data;
  const event = await findManagedEvent(gate.actor, "programme.manage", eventId);
  if (isDenied(event)) return event;
  if (data.status === "RECEIVED" && !data.mediaUrl) return fieldError("mediaUrl", msg("video.receivedMessageNeedsMediaAdd"));

  return db().$transaction(async (tx) => {
    const refused = await checkMessageRefs(tx, event, data);
    if (refused) return refused;
    const message = await tx.videoMessage.create({
      data: {
        eventId,
        personId: data.personId,
        sessionId: data.sessionId ?? null,
        title: data.title,
        mediaUrl: data.mediaUrl ?? null,
        durationSec: data.durationSec,
        language: data.language,
        notes: data.notes ?? null,
        status: data.status,
      },
      select: {
        id: true,
        status: true,
        sessionId: true,
        position: true,
        mediaUrl: true,
        mediaFile: true,
        captions: true,
        durationSec: true,
        version: true,
      },
    });
    // A VIP who sends a message takes part by video, unless already recorded otherwise.
    await tx.eventParticipant.upsert({
      where: { eventId_personId: { eventId, personId: data.personId } },
      create: { eventId, personId: data.personId, mode: "VIDEO_MESSAGE" },
      update: {},
      select: { mode: true },
    });
    await recordAudit(tx, {
      actorId: gate.actor.id,
      organizationId: event.organizationId,
      eventId,
      entity: "VideoMessage",
      entityId: message.id,
      action: "create",
      after: { ...auditView(message), personId: data.personId, title: data.title },
    });
    return { ok: true as const, data: { id: message.id } };
  });
}
