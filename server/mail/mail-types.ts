import "server-only";
import type { Locale } from "@/lib/i18n/locales";

// The mail API other features call (invitations, confirmations, announcements): pick a
// kind, name the recipient with their language, give the values the template needs and
// any attachments (an .ics from server/calendar). Templates live in
// lib/i18n/messages/mail/<locale>.json under the kind's key.

export const MAIL_KINDS = {
  "set-password": "setPassword",
  "password-reset": "passwordReset",
  announcement: "announcement",
  "invitation-member": "invitationMember",
  "invitation-delegate": "invitationDelegate",
  "registration-confirmed": "registrationConfirmed",
  "verify-email": "verifyEmail",
  "account-exists": "accountExists",
  "change-email": "changeEmail",
  "password-changed": "passwordChanged",
  "milestone-due-soon": "milestoneDueSoon",
  "milestone-overdue": "milestoneOverdue",
} as const;
export type MailKind = keyof typeof MAIL_KINDS;

export type MailRecipient = { email: string; name: string; locale: Locale };

export type MailAttachment = {
  filename: string;
  contentType: string;
  /** Text content (an .ics calendar, a CSV), or base64 with `encoding`; stored with the message until it is sent. */
  content: string;
  encoding?: "base64";
  /** An image shown inside the HTML body (`<img src="cid:…">`) rather than listed as a file. */
  cid?: string;
};

export type MailRequest = {
  kind: MailKind;
  to: MailRecipient;
  /** Placeholders of the template; `link` becomes the message's button. */
  values: Record<string, string> & { link?: string };
  attachments?: MailAttachment[];
  /** An attachment with this `cid` shown in the HTML after the body, under the template's
   * `key` text (also its alt text and, in the plain-text part, the paragraph). */
  inlineImage?: { cid: string; key: string };
};

export type RenderedMail = { subject: string; text: string; html: string };
