import "server-only";
import { inviteDelegationSchema } from "@/lib/validation/invitation-schema";
import { isDenied } from "../access/authorize.ts";
import { findManagedEvent } from "../access/find-managed-event.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import { notFound, type ActionResult, invalid } from "../shared/result.ts";
import { eventMailContext, insertDelegateInvitation } from "../invitations/delegate-invitations.ts";

/**
 * Invites every member of a delegation who has an email address and no open invitation to
 * this event, each at their venue and in their first language (else English), in one
 * transaction. Running it twice invites nobody twice.
 */
export async function inviteDelegation(
  actor: CurrentUser | null,
  input: unknown,
): Promise<ActionResult<{ invited: number; skipped: number }>> {
  const raw = (input ?? {}) as { eventId?: unknown };
  const event = await findManagedEvent(actor, "programme.manage", typeof raw.eventId === "string" ? raw.eventId : "");
  if (isDenied(event)) return event;
  const parsed = inviteDelegationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const delegation = await db().delegation.findFirst({
    where: { id: parsed.data.delegationId, eventId: event.id },
    select: {
      name: true,
      members: { orderBy: { createdAt: "asc" }, select: { id: true, name: true, email: true, languages: true, venueId: true } },
    },
  });
  if (!delegation) return notFound("Delegation");
  const inviter = actor as CurrentUser;
  const data = await db().$transaction(
    async (tx) => {
      const ctx = await eventMailContext(tx, event.id, inviter);
      let invited = 0;
      let skipped = 0;
      for (const m of delegation.members) {
        if (!m.email) {
          skipped++;
          continue;
        }
        const locale = m.languages.find((l) => l === "en" || l === "zh" || l === "ja") ?? "en";
        const r = await insertDelegateInvitation(
          tx,
          event,
          { email: m.email, name: m.name, locale, venueId: m.venueId, delegationMemberId: m.id, delegationName: delegation.name },
          ctx,
          inviter,
        );
        if ("duplicate" in r) skipped++;
        else invited++;
      }
      return { invited, skipped };
    },
    { timeout: 60_000 },
  );
  return { ok: true, data };
}
