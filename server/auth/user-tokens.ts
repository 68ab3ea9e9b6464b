import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "../db/client.ts";
import { db } from "../db/client.ts";

// One-time links: 32 random bytes in the link, only their SHA-256 in the database, so a
// copy of the database opens no account. A link is used by setting usedAt in the same
// transaction as the change it allows (see set-password-with-token.ts).

export type UserTokenPurpose = "SET_PASSWORD" | "RESET_PASSWORD";

export const TOKEN_TTL_MS: Record<UserTokenPurpose, number> = {
  RESET_PASSWORD: 60 * 60 * 1000, // an hour
  SET_PASSWORD: 72 * 60 * 60 * 1000, // three days for a new account's first password
};

export const hashToken = (raw: string) => createHash("sha256").update(raw).digest("hex");

export async function issueUserToken(
  tx: Prisma.TransactionClient,
  userId: string,
  purpose: UserTokenPurpose,
  now: Date = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_TTL_MS[purpose]);
  await tx.userToken.create({ data: { userId, purpose, tokenHash: hashToken(token), expiresAt, createdAt: now } });
  return { token, expiresAt };
}

export type TokenState = "valid" | "used" | "expired" | "unknown";

/** What a link's page should say before the form is shown; the write checks again. */
export async function inspectUserToken(raw: string, now: Date = new Date()): Promise<TokenState> {
  if (!raw || raw.length > 200) return "unknown";
  const row = await db().userToken.findUnique({
    where: { tokenHash: hashToken(raw) },
    select: { usedAt: true, expiresAt: true, user: { select: { active: true } } },
  });
  if (!row || !row.user.active) return "unknown";
  if (row.usedAt) return "used";
  return row.expiresAt <= now ? "expired" : "valid";
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
