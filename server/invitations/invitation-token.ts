import "server-only";
import { randomBytes } from "node:crypto";
import { hashToken } from "../auth/user-tokens.ts";

// An invitation's link carries 32 random bytes; only their SHA-256 is stored (as for password
// links), so a copy of the database opens nothing. Resending replaces the hash: the old link dies.

/** Invitations stay open for two weeks. */
export const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export function newInvitationToken(now: Date = new Date()): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) };
}

export function invitationLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/$/, "")}/invitations/${encodeURIComponent(token)}`;
}

export { hashToken };
