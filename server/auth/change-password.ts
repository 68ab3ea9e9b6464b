import "server-only";
import { isLocale } from "@/lib/i18n/locales";
import { SIGN_IN_MESSAGES } from "@/lib/validation/sign-in-schema";
import { changePasswordSchema } from "@/lib/validation/password-reset-schema";
import { gateFor } from "../access/authorize.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import { type ActionResult, invalid, fieldError } from "../shared/result.ts";
import type { CurrentUser } from "./current-user.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { WRONG_PASSWORD } from "./request-email-change.ts";
import { releaseAttempt, reserveAttempt } from "./throttle.ts";
import { formatExpiry } from "./user-tokens.ts";

/**
 * A signed-in user changes their password: the current one is checked (wrong guesses are
 * throttled per account), then in one transaction the hash is replaced only if it is still
 * the one that was checked (a concurrent change wins once), every other session of the user
 * ends (this one stays signed in), the change is audited and a notice goes to the account's
 * address with a link to choose a new password if it was not them. A wrong current password
 * changes nothing.
 */
export async function changePassword(
  actor: CurrentUser | null,
  input: unknown,
  opts: { baseUrl: string; now?: Date },
): Promise<ActionResult<{ changed: true; sessionsEnded: number }>> {
  const gate = gateFor(actor, "reader.own");
  if ("denied" in gate) return gate.denied;
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const now = opts.now ?? new Date();
  // Wrong current passwords count (RESET_ADDRESS_LIMIT a window); a right one is forgotten.
  const attempt = await reserveAttempt([`password-change:${gate.actor.id}`]);
  if (attempt.throttled) return fieldError("_form", SIGN_IN_MESSAGES.tooManyAttempts);
  const me = await db().user.findUniqueOrThrow({
    where: { id: gate.actor.id },
    select: { id: true, email: true, name: true, locale: true, timeZone: true, passwordHash: true },
  });
  if (!(await verifyPassword(me.passwordHash, parsed.data.currentPassword))) return fieldError("currentPassword", WRONG_PASSWORD);
  await releaseAttempt(attempt);
  const passwordHash = await hashPassword(parsed.data.password); // slow: outside the transaction
  const locale = isLocale(me.locale) ? me.locale : "en";
  const ended = await db().$transaction(async (tx) => {
    const updated = await tx.user.updateMany({
      where: { id: me.id, passwordHash: me.passwordHash },
      data: { passwordHash, version: { increment: 1 } },
    });
    if (updated.count !== 1) return null; // changed meanwhile (another tab, a reset link)
    const { count } = await tx.authSession.deleteMany({
      where: { userId: me.id, ...(gate.actor.sessionId ? { id: { not: gate.actor.sessionId } } : {}) },
    });
    await recordAudit(tx, { actorId: me.id, entity: "User", entityId: me.id, action: "password.changed" });
    await enqueueMail(tx, {
      kind: "password-changed",
      to: { email: me.email, name: me.name, locale },
      values: { when: formatExpiry(now, locale, me.timeZone), link: `${opts.baseUrl.replace(/\/$/, "")}/forgot-password` },
    });
    return count;
  });
  if (ended === null) return fieldError("currentPassword", WRONG_PASSWORD);
  return { ok: true, data: { changed: true, sessionsEnded: ended } };
}
