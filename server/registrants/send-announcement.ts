import "server-only";
import { msg } from "@/lib/i18n/server-messages/message";
import { pickText } from "@/lib/i18n/localized-text";
import { announcementSchema } from "@/lib/validation/invitation-schema";
import { isDenied } from "../access/authorize.ts";
import { findManagedEvent } from "../access/find-managed-event.ts";
import { appBaseUrl } from "../auth/app-base-url.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { mailLocale } from "../invitations/invitation-mail.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import { type ActionResult, invalid } from "../shared/result.ts";

const NONE_OF_EVENT = msg("invitation.chooseRegistrant");

/**
 * An announcement (a schedule change) to chosen registrants of the event: one email each, in
 * the recipient's language (the text written in that language, else the event's first one),
 * queued in one transaction with its audit row.
 */
export async function sendAnnouncement(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ sent: number }>> {
  const raw = (input ?? {}) as { eventId?: unknown };
  const event = await findManagedEvent(actor, "programme.manage", typeof raw.eventId === "string" ? raw.eventId : "");
  if (isDenied(event)) return event;
  const parsed = announcementSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { subject, message, recipients } = parsed.data;
  const regs = await db().registration.findMany({
    where: { id: { in: recipients }, eventId: event.id },
    select: { id: true, user: { select: { email: true, name: true, locale: true } }, event: { select: { slug: true } } },
  });
  if (regs.length === 0) return { ok: false, code: "invalid", message: NONE_OF_EVENT, fieldErrors: { recipients: [NONE_OF_EVENT] } };
  const base = appBaseUrl().replace(/\/$/, "");
  const sent = await db().$transaction(
    async (tx) => {
      for (const r of regs) {
        const locale = mailLocale(r.user.locale);
        await enqueueMail(tx, {
          kind: "announcement",
          to: { email: r.user.email, name: r.user.name, locale },
          values: {
            title: pickText(subject, locale, event.languages).text,
            message: pickText(message, locale, event.languages).text,
            link: `${base}/events/${encodeURIComponent(r.event.slug)}/agenda`,
          },
        });
      }
      await recordAudit(tx, {
        actorId: actor!.id,
        organizationId: event.organizationId,
        eventId: event.id,
        entity: "Event",
        entityId: event.id,
        action: "announcement",
        after: { subject, recipients: regs.length },
      });
      return regs.length;
    },
    { timeout: 60_000 },
  );
  return { ok: true, data: { sent } };
}
