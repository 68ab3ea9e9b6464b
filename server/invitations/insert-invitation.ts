import "server-only";
import { msg } from "@/lib/i18n/server-messages/message";
import { recordAudit } from "../audit/record-audit.ts";
import type { Prisma } from "../db/client.ts";
import { newInvitationToken } from "./invitation-token.ts";
import { queueInvitationMail, type MailContext } from "./invitation-mail.ts";

// Writes one invitation, its email and its audit row in the caller's transaction. One open
// invitation per address and organization (members) or event (delegates): a transaction-level
// advisory lock on that pair makes the check-then-insert safe against a double submit. A
// delegate invitation also holds its event's lock shared; the delegates CSV import takes that
// one exclusively (one lock instead of thousands), so no invitation to the event slips in
// between its check and its insert.

export const ALREADY_INVITED = msg("invitation.alreadyInvited");

/** The advisory lock key of an event's delegate invitations as a whole (see above). */
export const eventInvitationsLock = (eventId: string) => `invitations-of-event:${eventId}`;

export type NewInvitation = {
  kind: "MEMBER" | "DELEGATE";
  organizationId: string;
  eventId?: string | null;
  memberRole?: "OWNER" | "ORGANIZER" | "VIEWER" | null;
  venueId?: string | null;
  delegationMemberId?: string | null;
  email: string;
  name: string;
  locale: string;
  invitedById: string;
};

export async function insertInvitation(
  tx: Prisma.TransactionClient,
  data: NewInvitation,
  ctx: MailContext,
  now: Date = new Date(),
): Promise<{ id: string } | { duplicate: true }> {
  const scope = data.kind === "MEMBER" ? `org:${data.organizationId}` : `event:${data.eventId}`;
  if (data.kind === "DELEGATE") await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtext(${eventInvitationsLock(data.eventId!)}))`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`invitation:${scope}:${data.email}`}))`;
  const open = await tx.invitation.count({
    where: {
      email: data.email,
      status: "INVITED",
      expiresAt: { gt: now },
      ...(data.kind === "MEMBER" ? { organizationId: data.organizationId, kind: "MEMBER" } : { eventId: data.eventId, kind: "DELEGATE" }),
    },
  });
  if (open > 0) return { duplicate: true };
  const { token, tokenHash, expiresAt } = newInvitationToken(now);
  const row = await tx.invitation.create({
    data: { ...data, eventId: data.eventId ?? null, tokenHash, expiresAt },
    select: { id: true, kind: true, email: true, name: true, locale: true, memberRole: true, expiresAt: true },
  });
  await queueInvitationMail(tx, row, token, ctx);
  await recordAudit(tx, {
    actorId: data.invitedById,
    organizationId: data.organizationId,
    eventId: data.eventId ?? null,
    entity: "Invitation",
    entityId: row.id,
    action: "create",
    after: {
      kind: data.kind,
      email: data.email,
      memberRole: data.memberRole ?? null,
      venueId: data.venueId ?? null,
      delegationMemberId: data.delegationMemberId ?? null,
    },
  });
  return { id: row.id };
}
