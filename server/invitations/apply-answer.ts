import "server-only";
import { recordAudit } from "../audit/record-audit.ts";
import type { Prisma } from "../db/client.ts";
import { newCalendarToken } from "../registrations/register-for-event.ts";
import { queueRegistrationConfirmation } from "../registrations/queue-registration-confirmation.ts";

// The answer to an invitation, given by the invitee's link or recorded by an organizer, in the
// caller's transaction. The invitation is claimed first with one conditional UPDATE (still
// INVITED, unexpired, and the same token or version): of twenty concurrent accepts one claims
// it and the rest change nothing. Accepting then creates or links the account and adds the
// membership, or the registration under the venue's row lock (capacity full → waitlisted).

export type Claim = { id: string; tokenHash?: string; version?: number };
export type AnswerOptions = { now: Date; via: "link" | "organizer"; actorId: string | null; baseUrl: string };

const INVITATION_SELECT = {
  id: true,
  kind: true,
  organizationId: true,
  eventId: true,
  memberRole: true,
  venueId: true,
  email: true,
  name: true,
  locale: true,
  status: true,
  version: true,
} as const;

async function claim(
  tx: Prisma.TransactionClient,
  c: Claim,
  status: "ACCEPTED" | "DECLINED",
  extra: Prisma.InvitationUpdateManyMutationInput,
  opts: AnswerOptions,
) {
  const { count } = await tx.invitation.updateMany({
    where: {
      id: c.id,
      status: "INVITED",
      expiresAt: { gt: opts.now },
      ...(c.tokenHash ? { tokenHash: c.tokenHash } : {}),
      ...(c.version !== undefined ? { version: c.version } : {}),
    },
    data: { status, answeredAt: opts.now, answeredVia: opts.via, version: { increment: 1 }, ...extra },
  });
  if (count !== 1) return null;
  return tx.invitation.findUniqueOrThrow({ where: { id: c.id }, select: INVITATION_SELECT });
}

export async function applyDecline(tx: Prisma.TransactionClient, c: Claim, reason: string | undefined, opts: AnswerOptions) {
  const inv = await claim(tx, c, "DECLINED", { declineReason: reason ?? null }, opts);
  if (!inv) return null;
  await recordAudit(tx, {
    actorId: opts.actorId,
    organizationId: inv.organizationId,
    eventId: inv.eventId,
    entity: "Invitation",
    entityId: inv.id,
    action: "decline",
    after: { via: opts.via, reason: reason ?? null },
  });
  return inv;
}

export type Accepted = { invitationId: string; userId: string; registration: { id: string; status: "CONFIRMED" | "WAITLISTED" } | null };

export async function applyAccept(
  tx: Prisma.TransactionClient,
  c: Claim,
  input: { passwordHash?: string; venueId?: string },
  opts: AnswerOptions,
): Promise<Accepted | null> {
  const inv = await claim(tx, c, "ACCEPTED", {}, opts);
  if (!inv) return null;
  const user = await findOrCreateUser(tx, inv, input.passwordHash);
  let registration: Accepted["registration"] = null;
  if (inv.kind === "MEMBER") {
    await tx.membership.createMany({
      data: [{ userId: user.id, organizationId: inv.organizationId, role: inv.memberRole ?? "ORGANIZER" }],
      skipDuplicates: true,
    });
  } else {
    registration = await register(tx, inv.eventId!, user.id, input.venueId ?? inv.venueId);
    await queueRegistrationConfirmation(
      tx,
      { ...registration, eventId: inv.eventId!, venueId: input.venueId ?? inv.venueId },
      { email: user.email, name: user.name, locale: user.locale },
      opts.baseUrl,
    );
  }
  await tx.invitation.update({ where: { id: inv.id }, data: { userId: user.id, registrationId: registration?.id ?? null } });
  await recordAudit(tx, {
    actorId: opts.actorId ?? user.id,
    organizationId: inv.organizationId,
    eventId: inv.eventId,
    entity: "Invitation",
    entityId: inv.id,
    action: "accept",
    after: { via: opts.via, userId: user.id, memberRole: inv.memberRole, registration },
  });
  return { invitationId: inv.id, userId: user.id, registration };
}

async function findOrCreateUser(
  tx: Prisma.TransactionClient,
  inv: { kind: "MEMBER" | "DELEGATE"; email: string; name: string; locale: string },
  passwordHash?: string,
) {
  const select = { id: true, email: true, name: true, locale: true, role: true } as const;
  const existing = await tx.user.findUnique({ where: { email: inv.email }, select });
  if (existing) {
    // An invitation into an organization makes a delegate account an organizer account.
    if (inv.kind === "MEMBER" && existing.role === "DELEGATE")
      return tx.user.update({ where: { id: existing.id }, data: { role: "ORGANIZER", version: { increment: 1 } }, select });
    return existing;
  }
  return tx.user.create({
    data: {
      email: inv.email,
      name: inv.name,
      locale: inv.locale,
      role: inv.kind === "MEMBER" ? "ORGANIZER" : "DELEGATE",
      passwordHash: passwordHash ?? "!no-password-set",
    },
    select,
  });
}

async function register(tx: Prisma.TransactionClient, eventId: string, userId: string, venueId: string | null) {
  let status: "CONFIRMED" | "WAITLISTED" = "CONFIRMED";
  if (venueId) {
    const [venue] = await tx.$queryRaw<{ capacity: number | null }[]>`SELECT "capacity" FROM "Venue" WHERE "id" = ${venueId} FOR UPDATE`;
    const taken = await tx.registration.count({ where: { venueId, status: "CONFIRMED" } });
    if (venue?.capacity != null && taken >= venue.capacity) status = "WAITLISTED";
  }
  const existing = await tx.registration.findUnique({ where: { eventId_userId: { eventId, userId } }, select: { id: true, status: true } });
  if (existing && existing.status !== "CANCELLED") return { id: existing.id, status: existing.status };
  if (existing) {
    await tx.registration.update({
      where: { id: existing.id },
      data: { venueId, status, calendarToken: newCalendarToken(), version: { increment: 1 } },
    });
    return { id: existing.id, status };
  }
  const row = await tx.registration.create({
    data: { eventId, userId, venueId, status, calendarToken: newCalendarToken() },
    select: { id: true, status: true },
  });
  return { id: row.id, status: row.status as "CONFIRMED" | "WAITLISTED" };
}
