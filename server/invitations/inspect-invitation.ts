import "server-only";
import { msg } from "@/lib/i18n/server-messages/message";
import { invitationState } from "@/lib/invitations/invitation-status";
import { db } from "../db/client.ts";
import { hashToken } from "./invitation-token.ts";

// What the invitation page shows before any answer: the invitation behind a link, or why the
// link cannot be used. The answer itself checks again inside its transaction.

export type LinkState = "valid" | "used" | "expired" | "revoked" | "unknown";

const SELECT = {
  id: true,
  kind: true,
  status: true,
  expiresAt: true,
  email: true,
  name: true,
  memberRole: true,
  venueId: true,
  organization: { select: { name: true } },
  event: {
    select: {
      id: true,
      title: true,
      languages: true,
      startDate: true,
      endDate: true,
      venues: { orderBy: { position: "asc" }, select: { id: true, name: true, kind: true, city: true, timeZone: true } },
    },
  },
  delegationMember: { select: { delegation: { select: { name: true } } } },
} as const;

export async function findInvitationByToken(raw: string) {
  if (typeof raw !== "string" || raw.length < 20 || raw.length > 200) return null;
  return db().invitation.findUnique({ where: { tokenHash: hashToken(raw) }, select: SELECT });
}

export type InvitationView = NonNullable<Awaited<ReturnType<typeof findInvitationByToken>>> & { accountExists: boolean };

export async function inspectInvitation(raw: string, now: Date = new Date()): Promise<{ state: LinkState; invitation?: InvitationView }> {
  const row = await findInvitationByToken(raw);
  if (!row) return { state: "unknown" };
  const state = invitationState(row.status, row.expiresAt, now);
  if (state === "EXPIRED") return { state: "expired" };
  if (state === "REVOKED") return { state: "revoked" };
  if (state !== "INVITED") return { state: "used" };
  const accountExists = (await db().user.count({ where: { email: row.email } })) > 0;
  return { state: "valid", invitation: { ...row, accountExists } };
}

export const LINK_MESSAGES = {
  used: msg("invitation.linkUsed"),
  expired: msg("invitation.linkExpired"),
  revoked: msg("invitation.linkRevoked"),
  unknown: msg("invitation.linkUnknown"),
} as const;
