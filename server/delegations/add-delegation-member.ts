import "server-only";
import { msg } from "@/lib/i18n/server-messages/message";
import { delegationMemberSchema } from "@/lib/validation/invitation-schema";
import { isDenied } from "../access/authorize.ts";
import { findManagedEvent } from "../access/find-managed-event.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db, type Prisma } from "../db/client.ts";
import { isUniqueViolation } from "../db/database-errors.ts";
import { notFound, type ActionResult, invalid } from "../shared/result.ts";

export const MEMBER_EXISTS = msg("delegation.memberExists");
export type MemberInput = {
  name: string;
  email?: string;
  organization?: string;
  position?: string;
  languages: string[];
  interpretation: string[];
  venueId?: string;
  isHead: boolean;
};

/** Writes one member (in the caller's transaction); a new head replaces the previous one. */
export async function insertMember(tx: Prisma.TransactionClient, delegationId: string, m: MemberInput) {
  if (m.isHead)
    await tx.delegationMember.updateMany({ where: { delegationId, isHead: true }, data: { isHead: false, version: { increment: 1 } } });
  return tx.delegationMember.create({
    data: {
      delegationId,
      name: m.name,
      email: m.email ?? null,
      organization: m.organization ?? null,
      position: m.position ?? null,
      languages: m.languages,
      interpretation: m.interpretation,
      venueId: m.venueId ?? null,
      isHead: m.isHead,
    },
    select: { id: true },
  });
}

export async function addDelegationMember(actor: CurrentUser | null, input: unknown): Promise<ActionResult<{ id: string }>> {
  const raw = (input ?? {}) as { eventId?: unknown };
  const event = await findManagedEvent(actor, "programme.manage", typeof raw.eventId === "string" ? raw.eventId : "");
  if (isDenied(event)) return event;
  const parsed = delegationMemberSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { delegationId, venueId } = parsed.data;
  if ((await db().delegation.count({ where: { id: delegationId, eventId: event.id } })) === 0) return notFound("Delegation");
  if (venueId && (await db().venue.count({ where: { id: venueId, eventId: event.id } })) === 0) return notFound("Venue");
  try {
    const id = await db().$transaction(async (tx) => {
      const row = await insertMember(tx, delegationId, parsed.data);
      await recordAudit(tx, {
        actorId: actor!.id,
        organizationId: event.organizationId,
        eventId: event.id,
        entity: "DelegationMember",
        entityId: row.id,
        action: "create",
        after: parsed.data,
      });
      return row.id;
    });
    return { ok: true, data: { id } };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { ok: false, code: "invalid", message: MEMBER_EXISTS, fieldErrors: { email: [MEMBER_EXISTS] } };
  }
}
