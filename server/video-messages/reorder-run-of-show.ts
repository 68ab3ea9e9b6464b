import "server-only";
import { invalidateOnSuccess } from "@/server/agenda/invalidate-on-success";
import { reorderRunOfShowSchema } from "@/lib/validation/video-message-schema";
import { recordAudit } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { invalid, notFound, type ActionResult } from "@/server/shared/result";
import { authorize, gateFor } from "@/server/access/authorize";
import { fieldError } from "./message-refs.ts";
import { orderRunOfShow } from "./run-of-show-plan.ts";
import { msg } from "@/lib/i18n/server-messages/message";

export type Reordered = { sessionId: string; order: string[] };

/** The new order after moving one message, or null when it cannot move that way. */
function moved(order: string[], id: string, direction: "up" | "down"): string[] | null {
  const from = order.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= order.length) return null;
  const next = [...order];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/**
 * Reorders the messages of ONE video-message session. The session row is locked so two
 * organizers reordering at once take turns; positions are cleared, then renumbered 1..n,
 * which never trips the unique (sessionId, position) constraint. Message versions are not
 * bumped: position belongs to the running order, and open edit forms stay valid.
 */
export async function reorderRunOfShow(actor: CurrentUser | null, input: unknown): Promise<ActionResult<Reordered>> {
  const gate = gateFor(actor, "programme.manage");
  if ("denied" in gate) return gate.denied;
  const parsed = reorderRunOfShowSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { sessionId, move, order: wanted } = parsed.data;

  const result = await db().$transaction(async (tx): Promise<ActionResult<Reordered>> => {
    await tx.$queryRaw`SELECT id FROM "Session" WHERE id = ${sessionId} FOR UPDATE`;
    const session = await tx.session.findUnique({
      where: { id: sessionId },
      select: {
        type: true,
        eventId: true,
        event: { select: { organizationId: true } },
        videoMessages: { select: { id: true, position: true, createdAt: true, person: { select: { precedence: true } } } },
      },
    });
    const denied = authorize(
      gate.actor,
      "programme.manage",
      session?.type === "VIDEO_MESSAGES" ? session.event : null,
      "Video-message session",
    );
    if (denied || !session) return denied ?? notFound("Video-message session");
    const current = orderRunOfShow(session.videoMessages.map((m) => ({ ...m, precedence: m.person.precedence }))).map((m) => m.id);
    let next: string[];
    if (move) {
      if (!current.includes(move.videoMessageId)) return notFound("Video message");
      const result = moved(current, move.videoMessageId, move.direction);
      if (!result) return fieldError("move", move.direction === "up" ? msg("video.messageAlreadyFirst") : msg("video.messageAlreadyLast"));
      next = result;
    } else {
      const ids = wanted ?? [];
      const same = ids.length === current.length && ids.every((id) => current.includes(id));
      if (!same) return fieldError("order", msg("video.orderMustListEveryMessage"));
      next = ids;
    }
    await tx.videoMessage.updateMany({ where: { sessionId }, data: { position: null } });
    for (const [index, id] of next.entries()) {
      await tx.videoMessage.update({ where: { id }, data: { position: index + 1 }, select: { id: true } });
    }
    await recordAudit(tx, {
      actorId: gate.actor.id,
      organizationId: session.event.organizationId,
      eventId: session.eventId,
      entity: "Session",
      entityId: sessionId,
      action: "reorder-video-messages",
      before: { order: current },
      after: { order: next },
    });
    return { ok: true, data: { sessionId, order: next } };
  });
  return invalidateOnSuccess(null, result);
}
