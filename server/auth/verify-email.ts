import "server-only";
import { verifyEmailSchema } from "@/lib/validation/sign-up-schema";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { isUniqueViolation } from "../db/database-errors.ts";
import { type ActionResult, invalid } from "../shared/result.ts";
import { EMAIL_PURPOSES, hashToken, inspectUserToken } from "./user-tokens.ts";
import { msg } from "@/lib/i18n/server-messages/message";

export const EMAIL_LINK_MESSAGES = {
  used: msg("account.linkUsed"),
  expired: msg("passwordLink.linkHasExpiredAskNew"),
  unknown: msg("passwordLink.linkNotValidAskNew"),
  taken: msg("account.addressTaken"),
} as const;

/**
 * Uses an email link (posted from /verify-email, never on opening it): claims the token and,
 * in the same transaction, marks a signed-up account's address verified, or replaces the
 * account's address with the new one (a change of address), audited. A used, expired or
 * unknown link changes nothing.
 */
export async function verifyEmailWithToken(
  input: unknown,
  now: Date = new Date(),
): Promise<ActionResult<{ email: string; changed: boolean }>> {
  const parsed = verifyEmailSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const state = await inspectUserToken(parsed.data.token, now, EMAIL_PURPOSES);
  if (state !== "valid") return { ok: false, code: "not_found", message: EMAIL_LINK_MESSAGES[state] };
  const tokenHash = hashToken(parsed.data.token);
  try {
    const done = await db().$transaction(async (tx) => {
      const claimed = await tx.userToken.updateMany({
        where: { tokenHash, purpose: { in: EMAIL_PURPOSES }, usedAt: null, expiresAt: { gt: now }, user: { active: true } },
        data: { usedAt: now },
      });
      if (claimed.count !== 1) return null; // a concurrent use won
      const token = await tx.userToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true, purpose: true, email: true } });
      const before = await tx.user.findUniqueOrThrow({ where: { id: token.userId }, select: { email: true, emailVerifiedAt: true } });
      const changed = token.purpose === "CHANGE_EMAIL" && token.email !== null;
      const user = await tx.user.update({
        where: { id: token.userId },
        data: { ...(changed ? { email: token.email! } : {}), emailVerifiedAt: now, version: { increment: 1 } },
        select: { id: true, email: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        entity: "User",
        entityId: user.id,
        action: changed ? "email.change" : "email.verify",
        before: { email: before.email },
        after: { email: user.email },
      });
      return { email: user.email, changed };
    });
    if (!done) return { ok: false, code: "not_found", message: EMAIL_LINK_MESSAGES.used };
    return { ok: true, data: done };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { ok: false, code: "conflict", message: EMAIL_LINK_MESSAGES.taken };
  }
}

/** What /verify-email should show before the button: valid, used, expired or unknown. */
export function inspectEmailLink(raw: string) {
  return inspectUserToken(raw, new Date(), EMAIL_PURPOSES);
}
