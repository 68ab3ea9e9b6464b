import "server-only";
import type { CurrentUser } from "../auth/current-user.ts";
import type { Prisma } from "../db/client.ts";
import { eventInvitationsLock } from "../invitations/insert-invitation.ts";
import { invitationMailRequest, type MailContext } from "../invitations/invitation-mail.ts";
import { newInvitationToken } from "../invitations/invitation-token.ts";
import { enqueueMails } from "../mail/enqueue-mail.ts";

// The write of a confirmed delegates CSV import, in the caller's transaction and in batches:
// per BATCH_ROWS rows one INSERT … SELECT FROM jsonb_to_recordset(<the batch as JSON>) each for
// the members, the invitations, the mails (plus one statement for their jobs) and the audit
// rows, instead of seven statements per row. Raw SQL because Prisma's createMany spent about
// 1 ms of this process's CPU per row building them (measured; docs/BENCHMARKS.md). The rows
// are those that inviting each delegate one by one writes (insert-invitation.ts).

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
    const members = await tx.$queryRaw<{ id: string; email: string }[]>`
      INSERT INTO "DelegationMember" (id, "delegationId", name, email, organization, position, languages, interpretation, "venueId", "isHead")
      SELECT gen_random_uuid()::text, ${delegation.id}, r.name, r.email, r.organization, r.position, r.languages, r.interpretation, r."venueId", false
      FROM jsonb_to_recordset(${JSON.stringify(
        batch.map((r) => ({
          name: r.name,
          email: r.email,
          organization: r.organization ?? null,
          position: r.position ?? null,
          languages: [r.locale],
          interpretation: r.interpretation,
          venueId: r.venueId ?? null,
        })),
      )}::jsonb)
        AS r(name text, email text, organization text, position text, languages text[], interpretation text[], "venueId" text)
      RETURNING id, email`;
    const memberOf = new Map(members.map((m) => [m.email, m.id]));
    const tokens = new Map(batch.map((r) => [r.email, newInvitationToken(now)]));
    const invitations = await tx.$queryRaw<{ id: string; email: string; name: string; locale: string; venueId: string | null }[]>`
      INSERT INTO "Invitation" (id, kind, "organizationId", "eventId", "venueId", "delegationMemberId", email, name, locale, "invitedById", "tokenHash", "expiresAt", "updatedAt")
      SELECT gen_random_uuid()::text, 'DELEGATE', ${event.organizationId}, ${event.id}, r."venueId", r."memberId", r.email, r.name, r.locale,
             ${inviter.id}, r."tokenHash", r."expiresAt", now()
      FROM jsonb_to_recordset(${JSON.stringify(
        batch.map((r) => ({
          venueId: r.venueId ?? null,
          memberId: memberOf.get(r.email)!,
          email: r.email,
          name: r.name,
          locale: r.locale,
          tokenHash: tokens.get(r.email)!.tokenHash,
          expiresAt: tokens.get(r.email)!.expiresAt.toISOString(),
        })),
      )}::jsonb)
        AS r("venueId" text, "memberId" text, email text, name text, locale text, "tokenHash" text, "expiresAt" timestamptz)
      RETURNING id, email, name, locale, "venueId"`;
    await enqueueMails(
      tx,
      invitations.map((inv) =>
        invitationMailRequest(
          { ...inv, kind: "DELEGATE", memberRole: null, expiresAt: tokens.get(inv.email)!.expiresAt },
          tokens.get(inv.email)!.token,
          mailCtx,
        ),
      ),
    );
    await tx.$executeRaw`
      INSERT INTO "AuditLog" ("actorId", "organizationId", "eventId", entity, "entityId", action, after)
      SELECT ${inviter.id}, ${event.organizationId}, ${event.id}, 'Invitation', r.id, 'create', r.after
      FROM jsonb_to_recordset(${JSON.stringify(
        invitations.map((inv) => ({
          id: inv.id,
          after: {
            kind: "DELEGATE",
            email: inv.email,
            memberRole: null,
            venueId: inv.venueId,
            delegationMemberId: memberOf.get(inv.email)!,
          },
        })),
      )}::jsonb) AS r(id text, after jsonb)`;
  }
  return { taken: [] };
}
