import "server-only";
import { isLocale } from "@/lib/i18n/locales";
import { SIGN_IN_MESSAGES } from "@/lib/validation/sign-in-schema";
import { changeEmailSchema } from "@/lib/validation/sign-up-schema";
import { gateFor } from "../access/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { CurrentUser } from "./current-user.ts";
import { db } from "../db/client.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import { type ActionResult, invalid, fieldError } from "../shared/result.ts";
import { verifyPassword } from "./password.ts";
import { reserveAttempt } from "./throttle.ts";
import { emailLink, formatExpiry, issueUserToken } from "./user-tokens.ts";
import { msg } from "@/lib/i18n/server-messages/message";

export const WRONG_PASSWORD = msg("account.wrongPassword");
export const SAME_ADDRESS = msg("account.sameAddress");

/**
 * A signed-in user asks to use another address: after their password is checked, a one-time
 * link goes to the new address; the account keeps its address until the link is used
 * (verify-email.ts). An address another account uses gets the "you already have an account"
 * mail instead, and the answer is the same, so the form tells nobody which addresses exist.
 */
export async function requestEmailChange(
  actor: CurrentUser | null,
  input: unknown,
  opts: { baseUrl: string; now?: Date },
): Promise<ActionResult<{ sent: true; email: string }>> {
  const gate = gateFor(actor, "reader.own");
  if ("denied" in gate) return gate.denied;
  const parsed = changeEmailSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { email, password } = parsed.data;
  const now = opts.now ?? new Date();
  if ((await reserveAttempt([`email-change:${gate.actor.id}`])).throttled) return fieldError("_form", SIGN_IN_MESSAGES.tooManyAttempts);
  const me = await db().user.findUniqueOrThrow({
    where: { id: gate.actor.id },
    select: { id: true, email: true, name: true, locale: true, timeZone: true, passwordHash: true },
  });
  if (!(await verifyPassword(me.passwordHash, password))) return fieldError("password", WRONG_PASSWORD);
  if (email === me.email.toLowerCase()) return fieldError("email", SAME_ADDRESS);
  const locale = isLocale(me.locale) ? me.locale : "en";
  const other = await db().user.findFirst({
    where: { email: { equals: email, mode: "insensitive" } },
    select: { email: true, name: true, locale: true },
  });
  await db().$transaction(async (tx) => {
    if (other) {
      const theirs = isLocale(other.locale) ? other.locale : "en";
      await enqueueMail(tx, {
        kind: "account-exists",
        to: { email: other.email, name: other.name, locale: theirs },
        values: { link: `${opts.baseUrl.replace(/\/$/, "")}/sign-in` },
      });
      return;
    }
    const { token, expiresAt } = await issueUserToken(tx, me.id, "CHANGE_EMAIL", now, email);
    await enqueueMail(tx, {
      kind: "change-email",
      to: { email, name: me.name, locale },
      values: { newEmail: email, link: emailLink(opts.baseUrl, token), expires: formatExpiry(expiresAt, locale, me.timeZone) },
    });
    await recordAudit(tx, {
      actorId: me.id,
      entity: "User",
      entityId: me.id,
      action: "email.change-requested",
      before: { email: me.email },
      after: { pendingEmail: email },
    });
  });
  return { ok: true, data: { sent: true, email } };
}
