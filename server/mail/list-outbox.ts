import "server-only";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import { type ActionResult, notFound } from "../shared/result.ts";
import { msg } from "@/lib/i18n/server-messages/message";

export const OUTBOX_PAGE_SIZE = 200;

export type OutboxRow = {
  id: string;
  kind: string;
  to: string;
  locale: string;
  subject: string;
  status: "QUEUED" | "SENT" | "KEPT";
  attempts: number;
  lastError: string | null;
  createdAt: string;
  /** The plain-text body while the message is unsent or kept; empty once sent (links are secrets). */
  text: string;
};

/** The newest queued messages, for admins only: bodies hold one-time links. Others get "not found". */
export async function listOutbox(actor: CurrentUser | null): Promise<ActionResult<OutboxRow[]>> {
  if (!actor) return { ok: false, code: "unauthenticated", message: msg("common.pleaseSignIn") };
  if (actor.role !== "ADMIN") return notFound();
  const rows = await db().mailMessage.findMany({
    orderBy: { createdAt: "desc" },
    take: OUTBOX_PAGE_SIZE,
    select: {
      id: true,
      kind: true,
      toEmail: true,
      toName: true,
      locale: true,
      subject: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      text: true,
    },
  });
  return {
    ok: true,
    data: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      to: `${r.toName} <${r.toEmail}>`,
      locale: r.locale,
      subject: r.subject,
      status: r.status,
      attempts: r.attempts,
      lastError: r.lastError,
      createdAt: r.createdAt.toISOString(),
      text: r.text,
    })),
  };
}
