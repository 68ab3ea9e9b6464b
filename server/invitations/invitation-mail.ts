import "server-only";
import en from "@/lib/i18n/messages/mail/en.json";
import ja from "@/lib/i18n/messages/mail/ja.json";
import zh from "@/lib/i18n/messages/mail/zh.json";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { formatExpiry } from "../auth/user-tokens.ts";
import type { Prisma } from "../db/client.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import type { MailRequest } from "../mail/mail-types.ts";
import { invitationLink } from "./invitation-token.ts";

// The invitation email, in the invitee's language, queued in the caller's transaction (the
// invitation and its mail commit together). The link holds the raw token, which exists only here.

const WORDS = { en: en.words, zh: zh.words, ja: ja.words } as const;

export const words = (locale: string) => WORDS[isLocale(locale) ? locale : "en"];
export const mailLocale = (locale: string): Locale => (isLocale(locale) ? locale : "en");

export type InvitationForMail = {
  id: string;
  kind: "MEMBER" | "DELEGATE";
  email: string;
  name: string;
  locale: string;
  memberRole: "OWNER" | "ORGANIZER" | "VIEWER" | null;
  expiresAt: Date;
};

export type MailContext = {
  baseUrl: string;
  inviterName: string;
  organizationName: unknown;
  event?: { title: unknown; languages: string[]; startDate: Date; endDate: Date; primaryTimeZone: string } | null;
  delegationName?: unknown;
};

export const eventDates = (e: { startDate: Date; endDate: Date }, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).formatRange(e.startDate, e.endDate);

export async function queueInvitationMail(
  tx: Prisma.TransactionClient,
  inv: InvitationForMail,
  token: string,
  ctx: MailContext,
): Promise<void> {
  await enqueueMail(tx, invitationMailRequest(inv, token, ctx));
}

/** The invitation email as a mail request (the CSV import queues many at once with enqueueMails). */
export function invitationMailRequest(inv: InvitationForMail, token: string, ctx: MailContext): MailRequest {
  const locale = mailLocale(inv.locale);
  const w = words(locale);
  const text = (v: unknown, langs?: string[]) => pickText(v, locale, langs).text;
  const common = {
    link: invitationLink(ctx.baseUrl, token),
    expires: formatExpiry(inv.expiresAt, locale, ctx.event?.primaryTimeZone ?? null),
  };
  if (inv.kind === "MEMBER") {
    return {
      kind: "invitation-member",
      to: { email: inv.email, name: inv.name, locale },
      values: {
        ...common,
        inviter: ctx.inviterName,
        organization: text(ctx.organizationName),
        role: w.roles[inv.memberRole ?? "ORGANIZER"],
      },
    };
  }
  const event = ctx.event!;
  const delegation = ctx.delegationName ? w.withDelegation.replace("{delegation}", text(ctx.delegationName, event.languages)) : "";
  return {
    kind: "invitation-delegate",
    to: { email: inv.email, name: inv.name, locale },
    values: { ...common, event: text(event.title, event.languages), dates: eventDates(event, locale), delegation },
  };
}
