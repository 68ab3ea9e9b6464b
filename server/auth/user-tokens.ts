import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "../db/client.ts";
import { db } from "../db/client.ts";

// One-time links: 32 random bytes in the link, only their SHA-256 in the database, so a
// copy of the database opens no account. A link is used by setting usedAt in the same
// transaction as the change it allows (see set-password-with-token.ts).

export type UserTokenPurpose = "SET_PASSWORD" | "RESET_PASSWORD" | "VERIFY_EMAIL" | "CHANGE_EMAIL";

export const TOKEN_TTL_MS: Record<UserTokenPurpose, number> = {
  RESET_PASSWORD: 60 * 60 * 1000, // an hour
  SET_PASSWORD: 72 * 60 * 60 * 1000, // three days for a new account's first password
  VERIFY_EMAIL: 72 * 60 * 60 * 1000, // a signed-up account's address
  CHANGE_EMAIL: 24 * 60 * 60 * 1000, // a new address for an existing account
};

export const hashToken = (raw: string) => createHash("sha256").update(raw).digest("hex");

export async function issueUserToken(
  tx: Prisma.TransactionClient,
  userId: string,
  purpose: UserTokenPurpose,
  now: Date = new Date(),
  /** CHANGE_EMAIL: the new address the link confirms. */
  email?: string,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_TTL_MS[purpose]);
  await tx.userToken.create({ data: { userId, purpose, tokenHash: hashToken(token), expiresAt, createdAt: now, email: email ?? null } });
  return { token, expiresAt };
}

export type TokenState = "valid" | "used" | "expired" | "unknown";

/** The links that set a password; an email link is "unknown" to the set-password page and back. */
export const PASSWORD_PURPOSES: UserTokenPurpose[] = ["SET_PASSWORD", "RESET_PASSWORD"];
export const EMAIL_PURPOSES: UserTokenPurpose[] = ["VERIFY_EMAIL", "CHANGE_EMAIL"];

/** What a link's page should say before the form is shown; the write checks again. */
export async function inspectUserToken(
  raw: string,
  now: Date = new Date(),
  purposes: UserTokenPurpose[] = PASSWORD_PURPOSES,
): Promise<TokenState> {
  if (!raw || raw.length > 200) return "unknown";
  const row = await db().userToken.findUnique({
    where: { tokenHash: hashToken(raw) },
    select: { usedAt: true, expiresAt: true, purpose: true, user: { select: { active: true } } },
  });
  if (!row || !row.user.active || !purposes.includes(row.purpose)) return "unknown";
  if (row.usedAt) return "used";
  return row.expiresAt <= now ? "expired" : "valid";
}

export function emailLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/$/, "")}/verify-email?token=${encodeURIComponent(token)}`;
}

export function passwordLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/$/, "")}/set-password?token=${encodeURIComponent(token)}`;
}

/** "1 Dec 2026, 09:00 UTC" in the reader's language and zone (the zone is always printed). */
export function formatExpiry(at: Date, locale: string, timeZone: string | null): string {
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: timeZone ?? "UTC",
    timeZoneName: "short",
  }).format(at);
}
