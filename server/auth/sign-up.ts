import "server-only";
import { isLocale } from "@/lib/i18n/locales";
import { SIGN_IN_MESSAGES } from "@/lib/validation/sign-in-schema";
import { signUpSchema } from "@/lib/validation/sign-up-schema";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { isUniqueViolation } from "../db/database-errors.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import { type ActionResult, invalid } from "../shared/result.ts";
import { networkKey } from "./client-ip.ts";
import { hashPassword } from "./password.ts";
import { reserveAttempt, systemClock, type Clock } from "./throttle.ts";
import { emailLink, formatExpiry, issueUserToken } from "./user-tokens.ts";

/** Every answer takes at least this long, so a known address cannot be told from a new one by timing. */
export const SIGN_UP_ANSWER_FLOOR_MS = 600;

/**
 * Self-service sign-up (a delegate account). The answer is the same for new and known
 * addresses, and so is the mail flow: a new address gets an account, unverified, and a
 * one-time link to verify it (in the chosen language); a known one gets "you already have
 * an account: sign in or reset your password" in its account's language, and nothing
 * changes. Throttled like password resets: 5 per address and 30 per network in the window.
 */
export async function signUp(
  input: unknown,
  opts: { ip: string | null; baseUrl: string; clock?: Clock },
): Promise<ActionResult<{ sent: true; email: string }>> {
  const started = Date.now();
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { name, email, password, locale } = parsed.data;
  const now = (opts.clock ?? systemClock)();
  try {
    const keys = [`signup:${email}`, ...(opts.ip ? [`signup-network:${networkKey(opts.ip)}`] : [])];
    if ((await reserveAttempt(keys)).throttled) {
      return {
        ok: false,
        code: "invalid",
        message: SIGN_IN_MESSAGES.tooManyAttempts,
        fieldErrors: { _form: [SIGN_IN_MESSAGES.tooManyAttempts] },
      };
    }
    // Hashed on every path, so a known address costs as much as a new one.
    const passwordHash = await hashPassword(password);
    const known = await db().user.findFirst({
      where: { email: { equals: email, mode: "insensitive" } },
      select: { id: true, email: true, name: true, locale: true },
    });
    if (known) await mailAccountExists(known, opts.baseUrl);
    else {
      try {
        await db().$transaction(async (tx) => {
          const user = await tx.user.create({
            data: { email, name, passwordHash, locale, role: "DELEGATE", emailVerifiedAt: null },
            select: { id: true },
          });
          const { token, expiresAt } = await issueUserToken(tx, user.id, "VERIFY_EMAIL", now);
          await enqueueMail(tx, {
            kind: "verify-email",
            to: { email, name, locale },
            values: { link: emailLink(opts.baseUrl, token), expires: formatExpiry(expiresAt, locale, null) },
          });
          await recordAudit(tx, { actorId: user.id, entity: "User", entityId: user.id, action: "sign-up", after: { email, locale } });
        });
      } catch (error) {
        // A concurrent sign-up for the same address won: answer as for a known address.
        if (!isUniqueViolation(error)) throw error;
      }
    }
    return { ok: true, data: { sent: true, email } };
  } finally {
    const wait = SIGN_UP_ANSWER_FLOOR_MS - (Date.now() - started);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}

async function mailAccountExists(user: { email: string; name: string; locale: string }, baseUrl: string): Promise<void> {
  const locale = isLocale(user.locale) ? user.locale : "en";
  await db().$transaction((tx) =>
    enqueueMail(tx, {
      kind: "account-exists",
      to: { email: user.email, name: user.name, locale },
      values: { link: `${baseUrl.replace(/\/$/, "")}/sign-in` },
    }),
  );
}
