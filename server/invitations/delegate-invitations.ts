import "server-only";
import type { CurrentUser } from "../auth/current-user.ts";
import { appBaseUrl } from "../auth/app-base-url.ts";
import type { Prisma } from "../db/client.ts";
import type { MailContext } from "./invitation-mail.ts";
import { insertInvitation } from "./insert-invitation.ts";

// What inviting a delegate needs, shared by the one-by-one form, the CSV import and
// "invite the whole delegation": the event's mail context and the insert.

export type DelegateRow = {
  email: string;
  name: string;
  locale: string;
  venueId?: string | null;
  delegationMemberId?: string | null;
  delegationName?: unknown;
};

export async function eventMailContext(
  tx: Prisma.TransactionClient,
  eventId: string,
  inviter: CurrentUser,
  baseUrl = appBaseUrl(),
): Promise<MailContext> {
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: {
      title: true,
      languages: true,
      startDate: true,
      endDate: true,
      primaryTimeZone: true,
      organization: { select: { name: true } },
    },
  });
  return { baseUrl, inviterName: inviter.name, organizationName: event.organization.name, event };
}

export function insertDelegateInvitation(
  tx: Prisma.TransactionClient,
  event: { id: string; organizationId: string },
  row: DelegateRow,
  ctx: MailContext,
  inviter: CurrentUser,
) {
  return insertInvitation(
    tx,
    {
      kind: "DELEGATE",
      organizationId: event.organizationId,
      eventId: event.id,
      venueId: row.venueId ?? null,
      delegationMemberId: row.delegationMemberId ?? null,
      email: row.email,
      name: row.name,
      locale: row.locale,
      invitedById: inviter.id,
    },
    { ...ctx, delegationName: row.delegationName },
  );
}
