import "server-only";
import { isLocale } from "@/lib/i18n/locales";
import { requestResetSchema } from "@/lib/validation/password-reset-schema";
import { SIGN_IN_MESSAGES } from "@/lib/validation/sign-in-schema";
import { db } from "../db/client.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import { type ActionResult, invalid } from "../shared/result.ts";
import { reserveAttempt, systemClock, type Clock } from "./throttle.ts";
import { formatExpiry, issueUserToken, passwordLink } from "./user-tokens.ts";

/** Every answer takes at least this long, so a known address (token + mail) cannot be told from an unknown one by timing. */
export const RESET_ANSWER_FLOOR_MS = 400;

/**
 * "Forgot password": mails a one-time link to an active account with this address. The
 * answer is the same for known and unknown addresses, and takes about as long. Requests
 * are throttled per address with sign-in's counter (key "reset:account:…"), every request
 * counting.
 */
export async function requestPasswordReset(
  input: unknown,
  opts: { ip: string | null; baseUrl: string; clock?: Clock },
): Promise<ActionResult<{ sent: true; email: string }>> {
  const started = Date.now();
  const parsed = requestResetSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const email = parsed.data.email;
  const now = (opts.clock ?? systemClock)();
  try {
    // Sign-in's shared counters (Redis when configured): 5 requests per address and 30 per
    // client network in the throttle's window, counted alike for known and unknown addresses.
    const keys = [`reset:${email}`, ...(opts.ip ? [`reset-network:${opts.ip}`] : [])];
    const reservation = await reserveAttempt(keys);
    if (reservation.throttled) {
      return {
        ok: false,
        code: "invalid",
        message: SIGN_IN_MESSAGES.tooManyAttempts,
        fieldErrors: { _form: [SIGN_IN_MESSAGES.tooManyAttempts] },
      };
    }
    const user = await db().user.findUnique({
      where: { email },
      select: { id: true, name: true, email: true, active: true, locale: true, timeZone: true },
    });
    if (user?.active) {
      const locale = isLocale(user.locale) ? user.locale : "en";
      await db().$transaction(async (tx) => {
        const { token, expiresAt } = await issueUserToken(tx, user.id, "RESET_PASSWORD", now);
        await enqueueMail(tx, {
          kind: "password-reset",
          to: { email: user.email, name: user.name, locale },
          values: { link: passwordLink(opts.baseUrl, token), expires: formatExpiry(expiresAt, locale, user.timeZone) },
        });
      });
    }
    return { ok: true, data: { sent: true, email } };
  } finally {
    const wait = RESET_ANSWER_FLOOR_MS - (Date.now() - started);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}
