import "server-only";
import { msg } from "@/lib/i18n/server-messages/message";
import { inviteDelegateSchema } from "@/lib/validation/invitation-schema";
import { isDenied } from "../access/authorize.ts";
import { findManagedEvent } from "../access/find-managed-event.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import { type ActionResult, invalid } from "../shared/result.ts";
import { ALREADY_INVITED } from "./insert-invitation.ts";
import { eventMailContext, insertDelegateInvitation } from "./delegate-invitations.ts";

export const VENUE_NOT_OF_EVENT = msg("invitation.venueNotOfEvent");

/** An organizer invites one delegate to an event (optionally to a venue); the email goes out in the invitee's language. */
export async function inviteDelegate(
  actor: CurrentUser | null,
  input: unknown,
  opts: { baseUrl?: string } = {},
): Promise<ActionResult<{ invitationId: string }>> {
  const raw = (input ?? {}) as { eventId?: unknown };
  const event = await findManagedEvent(actor, "programme.manage", typeof raw.eventId === "string" ? raw.eventId : "");
  if (isDenied(event)) return event;
  const parsed = inviteDelegateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { email, name, locale, venueId } = parsed.data;
  if (venueId && (await db().venue.count({ where: { id: venueId, eventId: event.id } })) === 0) {
    return { ok: false, code: "invalid", message: VENUE_NOT_OF_EVENT, fieldErrors: { venueId: [VENUE_NOT_OF_EVENT] } };
  }
  const inviter = actor as CurrentUser;
  const result = await db().$transaction(async (tx) => {
    const ctx = await eventMailContext(tx, event.id, inviter, opts.baseUrl);
    return insertDelegateInvitation(tx, event, { email, name, locale, venueId }, ctx, inviter);
  });
  if ("duplicate" in result) return { ok: false, code: "invalid", message: ALREADY_INVITED, fieldErrors: { email: [ALREADY_INVITED] } };
  return { ok: true, data: { invitationId: result.id } };
}
