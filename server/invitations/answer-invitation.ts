import "server-only";
import { msg } from "@/lib/i18n/server-messages/message";
import { acceptInvitationSchema, declineInvitationSchema } from "@/lib/validation/invitation-schema";
import { appBaseUrl } from "../auth/app-base-url.ts";
import { hashPassword } from "../auth/password.ts";
import { db } from "../db/client.ts";
import { type ActionResult, invalid } from "../shared/result.ts";
import { applyAccept, applyDecline, type Accepted } from "./apply-answer.ts";
import { inspectInvitation, LINK_MESSAGES } from "./inspect-invitation.ts";
import { hashToken } from "./invitation-token.ts";

// The invitee's answer on the link's page. The token is the authorization, whoever is signed
// in (as for password links). A used, expired, revoked or unknown link changes nothing.

const PASSWORD_NEEDED = msg("invitation.passwordNeeded");
const VENUE_NEEDED = msg("invitation.venueNeeded");

const refused = (state: keyof typeof LINK_MESSAGES): ActionResult<never> => ({
  ok: false,
  code: "not_found",
  message: LINK_MESSAGES[state],
});

export async function acceptInvitation(
  input: unknown,
  opts: { now?: Date; baseUrl?: string } = {},
): Promise<ActionResult<Accepted & { newAccount: boolean }>> {
  const now = opts.now ?? new Date();
  const parsed = acceptInvitationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { token, password, venueId } = parsed.data;
  const look = await inspectInvitation(token, now);
  if (look.state !== "valid" || !look.invitation) return refused(look.state === "valid" ? "unknown" : look.state);
  const inv = look.invitation;
  if (!inv.accountExists && !password)
    return { ok: false, code: "invalid", message: PASSWORD_NEEDED, fieldErrors: { password: [PASSWORD_NEEDED] } };
  if (inv.kind === "DELEGATE") {
    const chosen = venueId ?? inv.venueId;
    if (!chosen || !inv.event?.venues.some((v) => v.id === chosen))
      return { ok: false, code: "invalid", message: VENUE_NEEDED, fieldErrors: { venueId: [VENUE_NEEDED] } };
  }
  const passwordHash = !inv.accountExists && password ? await hashPassword(password) : undefined; // slow: outside the transaction
  const accepted = await db().$transaction((tx) =>
    applyAccept(
      tx,
      { id: inv.id, tokenHash: hashToken(token) },
      { passwordHash, venueId: venueId ?? inv.venueId ?? undefined },
      { now, via: "link", actorId: null, baseUrl: opts.baseUrl ?? appBaseUrl() },
    ),
  );
  if (!accepted) return refused("used");
  return { ok: true, data: { ...accepted, newAccount: !inv.accountExists } };
}

export async function declineInvitation(input: unknown, opts: { now?: Date } = {}): Promise<ActionResult<{ invitationId: string }>> {
  const now = opts.now ?? new Date();
  const parsed = declineInvitationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const look = await inspectInvitation(parsed.data.token, now);
  if (look.state !== "valid" || !look.invitation) return refused(look.state === "valid" ? "unknown" : look.state);
  const declined = await db().$transaction((tx) =>
    applyDecline(tx, { id: look.invitation!.id, tokenHash: hashToken(parsed.data.token) }, parsed.data.reason, {
      now,
      via: "link",
      actorId: null,
      baseUrl: "",
    }),
  );
  if (!declined) return refused("used");
  return { ok: true, data: { invitationId: declined.id } };
}
