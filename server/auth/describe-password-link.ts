import "server-only";
import { db } from "../db/client.ts";
import { hashToken, inspectUserToken, type TokenState } from "./user-tokens.ts";

/** What the set-password page shows for a link: its state, and the account's address when it can be used. */
export async function describePasswordLink(
  token: string,
): Promise<{ state: Exclude<TokenState, "valid"> } | { state: "valid"; email: string }> {
  const state = await inspectUserToken(token);
  if (state !== "valid") return { state };
  const row = await db().userToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { user: { select: { email: true } } } });
  return row ? { state, email: row.user.email } : { state: "unknown" };
}
