import "server-only";
import { isLocale } from "@/lib/i18n/locales";
import { pickText, asLocalizedText } from "@/lib/i18n/localized-text";
import { appBaseUrl } from "@/server/auth/app-base-url";
import { db } from "@/server/db/client";
import { enqueueMail } from "@/server/mail/enqueue-mail";
import type { MailRequest } from "@/server/mail/mail-types";
import { dayString } from "../milestone-view.ts";
import { todayUtc } from "../ledger-where.ts";
import { milestoneTypesOf } from "../list-milestone-types.ts";

// Reminders by e-mail to an agreement's follow-up owner (issue 19): "due soon" when an open
// milestone falls due within `daysBefore` days, "overdue" once its due date has passed (for
// due dates in the last `overdueWindowDays` days: a milestone overdue for years when this
// started is in the in-app list, not in a burst of mail). A MilestoneReminder row per
// milestone, kind and due date is inserted with ON CONFLICT DO NOTHING in the transaction
// that queues the mail, so of any number of instances running the job at once exactly one
// sends each reminder; a moved due date is a new reminder.

export const REMINDER_KINDS = { due_soon: "milestone-due-soon", overdue: "milestone-overdue" } as const;
type Inserted = { id: string; milestoneId: string; kind: keyof typeof REMINDER_KINDS };

const DAY = 86_400_000;

export async function sendMilestoneReminders(
  now = new Date(),
  { daysBefore = 7, overdueWindowDays = 30 }: { daysBefore?: number; overdueWindowDays?: number } = {},
): Promise<{ queued: number }> {
  const today = todayUtc(now);
  const soonUntil = new Date(today.getTime() + daysBefore * DAY);
  const overdueFrom = new Date(today.getTime() - overdueWindowDays * DAY);
  return db().$transaction(async (tx) => {
    const inserted = await tx.$queryRaw<Inserted[]>`
      INSERT INTO "MilestoneReminder" (id, "milestoneId", kind, "dueOn", "ownerId")
      SELECT gen_random_uuid()::text, m.id, CASE WHEN m."dueOn" < ${today}::date THEN 'overdue' ELSE 'due_soon' END, m."dueOn", f."ownerId"
      FROM "AgreementMilestone" m
      JOIN "Agreement" a ON a.id = m."agreementId"
      JOIN "AgreementFollowUp" f ON f."agreementId" = a.id
      JOIN "User" u ON u.id = f."ownerId"
      WHERE m."doneOn" IS NULL AND m."dueOn" BETWEEN ${overdueFrom}::date AND ${soonUntil}::date
        AND a.status <> 'CANCELLED' AND u.active
      ORDER BY m.id
      ON CONFLICT ("milestoneId", kind, "dueOn") DO NOTHING
      RETURNING id, "milestoneId", kind`;
    if (inserted.length === 0) return { queued: 0 };
    const milestones = await tx.agreementMilestone.findMany({
      where: { id: { in: inserted.map((r) => r.milestoneId) } },
      select: {
        id: true,
        typeKey: true,
        dueOn: true,
        agreement: {
          select: {
            id: true,
            title: true,
            eventId: true,
            event: { select: { title: true, organizationId: true } },
            followUp: { select: { owner: { select: { email: true, name: true, locale: true } } } },
          },
        },
      },
    });
    const byId = new Map(milestones.map((m) => [m.id, m]));
    const kinds = new Map<string, Awaited<ReturnType<typeof milestoneTypesOf>>>();
    for (const r of inserted) {
      const m = byId.get(r.milestoneId)!;
      const owner = m.agreement.followUp!.owner!;
      const locale = isLocale(owner.locale) ? owner.locale : "en";
      const orgId = m.agreement.event.organizationId;
      if (!kinds.has(orgId)) kinds.set(orgId, await milestoneTypesOf(orgId));
      const kind = kinds.get(orgId)!.find((k) => k.key === m.typeKey);
      const dueOn = dayString(m.dueOn) ?? "";
      const request: MailRequest = {
        kind: REMINDER_KINDS[r.kind],
        to: { email: owner.email, name: owner.name, locale },
        values: {
          milestone: kind ? pickText(kind.name, locale).text : m.typeKey,
          agreement: pickText(asLocalizedText(m.agreement.title), locale).text,
          event: pickText(asLocalizedText(m.agreement.event.title), locale).text,
          dueOn,
          days: String(Math.round((Date.parse(`${dueOn}T00:00:00Z`) - today.getTime()) / DAY)),
          link: `${appBaseUrl()}/organizer/events/${m.agreement.eventId}/agreements/${m.agreement.id}`,
        },
      };
      // One by one (a run finds a handful): each reminder row names the message it queued.
      const mailMessageId = await enqueueMail(tx, request);
      await tx.milestoneReminder.update({ where: { id: r.id }, data: { mailMessageId }, select: { id: true } });
    }
    return { queued: inserted.length };
  });
}
