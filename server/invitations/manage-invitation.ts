import "server-only";
import { msg } from "@/lib/i18n/server-messages/message";
import { invitationState } from "@/lib/invitations/invitation-status";
import { manageInvitationSchema, recordAnswerSchema } from "@/lib/validation/invitation-schema";
import { isDenied } from "../access/authorize.ts";
import { appBaseUrl } from "../auth/app-base-url.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { conflict, type ActionResult, invalid } from "../shared/result.ts";
import { applyAccept, applyDecline } from "./apply-answer.ts";
import { eventMailContext } from "./delegate-invitations.ts";
import { findManagedInvitation } from "./find-managed-invitation.ts";
import { queueInvitationMail } from "./invitation-mail.ts";
import { newInvitationToken } from "./invitation-token.ts";

// An organizer's handling of one invitation, each with its version check and audit row:
// revoke it, resend it (a new link; the old one dies; the expiry starts again), or record an
// answer given by phone (the same effect as the invitee's own answer).

const NOT_OPEN = msg("invitation.notOpen");
const notOpen = (): ActionResult<never> => ({ ok: false, code: "invalid", message: NOT_OPEN, fieldErrors: { _form: [NOT_OPEN] } });

export async function revokeInvitation(actor: CurrentUser | null, input: unknown, now = new Date()): Promise<ActionResult<{ id: string }>> {
  const parsed = manageInvitationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const inv = await findManagedInvitation(actor, parsed.data.invitationId);
  if (isDenied(inv)) return inv;
  if (inv.status !== "INVITED") return notOpen();
  const done = await db().$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: inv.id, status: "INVITED", version: parsed.data.version },
      data: { status: "REVOKED", answeredAt: now, answeredVia: "organizer", version: { increment: 1 } },
    });
    if (count !== 1) return false;
    await auditInvitation(tx, actor!, inv, "revoke");
    return true;
  });
  return done ? { ok: true, data: { id: inv.id } } : conflict();
}

export async function resendInvitation(
  actor: CurrentUser | null,
  input: unknown,
  opts: { now?: Date; baseUrl?: string } = {},
): Promise<ActionResult<{ id: string }>> {
  const now = opts.now ?? new Date();
  const parsed = manageInvitationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const inv = await findManagedInvitation(actor, parsed.data.invitationId);
  if (isDenied(inv)) return inv;
  if (inv.status !== "INVITED") return notOpen(); // an expired one may be resent
  const baseUrl = opts.baseUrl ?? appBaseUrl();
  const done = await db().$transaction(async (tx) => {
    const { token, tokenHash, expiresAt } = newInvitationToken(now);
    const { count } = await tx.invitation.updateMany({
      where: { id: inv.id, status: "INVITED", version: parsed.data.version },
      data: { tokenHash, expiresAt, version: { increment: 1 } },
    });
    if (count !== 1) return false;
    const ctx = inv.eventId
      ? await eventMailContext(tx, inv.eventId, actor!, baseUrl)
      : {
          baseUrl,
          inviterName: actor!.name,
          organizationName: (await tx.organization.findUniqueOrThrow({ where: { id: inv.organizationId }, select: { name: true } })).name,
        };
    await queueInvitationMail(tx, { ...inv, expiresAt }, token, { ...ctx, delegationName: inv.delegationMember?.delegation.name });
    await auditInvitation(tx, actor!, inv, "resend");
    return true;
  });
  return done ? { ok: true, data: { id: inv.id } } : conflict();
}

export async function recordInvitationAnswer(
  actor: CurrentUser | null,
  input: unknown,
  opts: { now?: Date; baseUrl?: string } = {},
): Promise<ActionResult<{ id: string }>> {
  const now = opts.now ?? new Date();
  const parsed = recordAnswerSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const inv = await findManagedInvitation(actor, parsed.data.invitationId);
  if (isDenied(inv)) return inv;
  if (invitationState(inv.status, inv.expiresAt, now) !== "INVITED") return notOpen();
  const { version, answer, reason, venueId } = parsed.data;
  if (venueId && inv.eventId && (await db().venue.count({ where: { id: venueId, eventId: inv.eventId } })) === 0) return notOpen();
  const options = { now, via: "organizer" as const, actorId: actor!.id, baseUrl: opts.baseUrl ?? appBaseUrl() };
  const done = await db().$transaction(async (tx) =>
    answer === "ACCEPTED"
      ? Boolean(await applyAccept(tx, { id: inv.id, version }, { venueId }, options))
      : Boolean(await applyDecline(tx, { id: inv.id, version }, reason, options)),
  );
  return done ? { ok: true, data: { id: inv.id } } : conflict();
}

/** The audit row of an organizer's change to one invitation. */
function auditInvitation(
  tx: Parameters<typeof recordAudit>[0],
  actor: CurrentUser,
  inv: { id: string; organizationId: string; eventId?: string | null },
  action: string,
) {
  return recordAudit(tx, {
    actorId: actor.id,
    organizationId: inv.organizationId,
    eventId: inv.eventId,
    entity: "Invitation",
    entityId: inv.id,
    action,
  });
}
