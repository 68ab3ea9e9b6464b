import "server-only";
import type { CurrentUser } from "../auth/current-user.ts";
import type { Prisma } from "../db/client.ts";
import { eventInvitationsLock } from "../invitations/insert-invitation.ts";
import { invitationMailRequest, type MailContext } from "../invitations/invitation-mail.ts";
import { newInvitationToken } from "../invitations/invitation-token.ts";
import { enqueueMails } from "../mail/enqueue-mail.ts";

// The write of a confirmed delegates CSV import, in the caller's transaction and in batches:
// per BATCH_ROWS rows, one multi-row insert each for the members, the invitations, the mails
// (and one statement for their jobs) and the audit rows, instead of seven statements per row.
// The rows are the same as inviting each delegate one by one (insert-invitation.ts) writes.

export const BATCH_ROWS = 500;

export type ImportedDelegate = {
  name: string;
  email: string;
  locale: string;
  organization?: string;
  position?: string;
  interpretation: string[];
  venueId?: string;
};

type Target = { event: { id: string; organizationId: string }; delegation: { id: string; name: unknown }; inviter: CurrentUser };

/**
 * Writes every row, or returns the addresses that got an open invitation to this event since
 * they were checked (then nothing is written). The event's invitation lock, taken
 * exclusively, keeps one-by-one invitations out until the transaction ends.
 */
export async function insertImportedDelegates(
  tx: Prisma.TransactionClient,
  { event, delegation, inviter }: Target,
  rows: ImportedDelegate[],
  ctx: MailContext,
  now: Date = new Date(),
): Promise<{ taken: string[] }> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${eventInvitationsLock(event.id)}))`;
  const open = await tx.invitation.findMany({
    where: { eventId: event.id, kind: "DELEGATE", status: "INVITED", expiresAt: { gt: now }, email: { in: rows.map((r) => r.email) } },
    select: { email: true },
  });
  if (open.length > 0) return { taken: open.map((o) => o.email) };
  const mailCtx = { ...ctx, delegationName: delegation.name };
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = rows.slice(start, start + BATCH_ROWS);
    const members = await tx.delegationMember.createManyAndReturn({
      data: batch.map((r) => ({
        delegationId: delegation.id,
        name: r.name,
        email: r.email,
        organization: r.organization ?? null,
        position: r.position ?? null,
        languages: [r.locale],
        interpretation: r.interpretation,
        venueId: r.venueId ?? null,
        isHead: false,
      })),
      select: { id: true, email: true },
    });
    const memberOf = new Map(members.map((m) => [m.email!, m.id]));
    const tokens = new Map(batch.map((r) => [r.email, newInvitationToken(now)]));
    const invitations = await tx.invitation.createManyAndReturn({
      data: batch.map((r) => ({
        kind: "DELEGATE" as const,
        organizationId: event.organizationId,
        eventId: event.id,
        venueId: r.venueId ?? null,
        delegationMemberId: memberOf.get(r.email)!,
        email: r.email,
        name: r.name,
        locale: r.locale,
        invitedById: inviter.id,
        tokenHash: tokens.get(r.email)!.tokenHash,
        expiresAt: tokens.get(r.email)!.expiresAt,
      })),
      select: { id: true, kind: true, email: true, name: true, locale: true, memberRole: true, expiresAt: true, venueId: true },
    });
    await enqueueMails(
      tx,
      invitations.map((inv) => invitationMailRequest(inv, tokens.get(inv.email)!.token, mailCtx)),
    );
    await tx.auditLog.createMany({
      data: invitations.map((inv) => ({
        actorId: inviter.id,
        organizationId: event.organizationId,
        eventId: event.id,
        entity: "Invitation",
        entityId: inv.id,
        action: "create",
        after: { kind: "DELEGATE", email: inv.email, memberRole: null, venueId: inv.venueId, delegationMemberId: memberOf.get(inv.email)! },
      })),
    });
  }
  return { taken: [] };
}
