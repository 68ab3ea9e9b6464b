import "server-only";
import { setPasswordSchema } from "@/lib/validation/password-reset-schema";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { type ActionResult, invalid } from "../shared/result.ts";
import { hashPassword } from "./password.ts";
import { hashToken, inspectUserToken, PASSWORD_PURPOSES } from "./user-tokens.ts";
import { msg } from "@/lib/i18n/server-messages/message";

const LINK_MESSAGES = {
  used: msg("passwordLink.linkHasAlreadyBeenUsed"),
  expired: msg("passwordLink.linkHasExpiredAskNew"),
  unknown: msg("passwordLink.linkNotValidAskNew"),
} as const;

/**
 * Sets a password from a one-time link (reset, or a new account's first password). In one
 * transaction: the token is claimed (only an unused, unexpired one matches), the password
 * hash replaced, every session of the user ended and the change audited. A used, expired
 * or unknown link changes nothing.
 */
export async function setPasswordWithToken(input: unknown, now: Date = new Date()): Promise<ActionResult<{ email: string }>> {
  const parsed = setPasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const state = await inspectUserToken(parsed.data.token, now);
  if (state !== "valid") return { ok: false, code: "not_found", message: LINK_MESSAGES[state] };
  const passwordHash = await hashPassword(parsed.data.password); // slow: outside the transaction
  const tokenHash = hashToken(parsed.data.token);
  const email = await db().$transaction(async (tx) => {
    const claimed = await tx.userToken.updateMany({
      where: { tokenHash, purpose: { in: PASSWORD_PURPOSES }, usedAt: null, expiresAt: { gt: now }, user: { active: true } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return null; // a concurrent use won
    const token = await tx.userToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true, purpose: true } });
    const user = await tx.user.update({
      where: { id: token.userId },
      data: { passwordHash, version: { increment: 1 } },
      select: { id: true, email: true },
    });
    await tx.authSession.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, {
      actorId: user.id,
      entity: "User",
      entityId: user.id,
      action: token.purpose === "SET_PASSWORD" ? "password.set" : "password.reset",
    });
    return user.email;
  });
  if (!email) return { ok: false, code: "not_found", message: LINK_MESSAGES.used };
  return { ok: true, data: { email } };
}
