import "server-only";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import type { ActionResult } from "../shared/result.ts";

// Who may record agreements and outcomes: ADMIN always; an ORGANIZER only when the admin has
// made them OWNER of the event's organization (Membership.role = OWNER). That is how we read
// "admins and the organizers the admin allows". Plain members may read the register
// (internal rows included) but not write. Anyone outside the organization gets not_found,
// so the existence of a draft event is not revealed.

export type EventForWrite = { id: string; organizationId: string; primaryTimeZone: string; languages: string[] };
type Denied = Extract<ActionResult<never>, { ok: false }>;

const EVENT_SELECT = { id: true, organizationId: true, primaryTimeZone: true, languages: true } as const;

export const denied = (code: "not_found" | "forbidden" | "unauthenticated", what = "Event"): Denied => ({
  ok: false,
  code,
  message:
    code === "unauthenticated" ? "Please sign in." : code === "forbidden" ? "You are not allowed to record outcomes for this event." : `${what} not found.`,
});

export async function authorizeEventWrite(actor: CurrentUser | null, eventId: string): Promise<{ ok: true; event: EventForWrite } | Denied> {
  if (!actor) return denied("unauthenticated");
  if (actor.role === "DELEGATE") return denied("forbidden");
  const event = await db().event.findUnique({ where: { id: eventId }, select: EVENT_SELECT });
  if (!event) return denied("not_found");
  if (actor.role === "ADMIN") return { ok: true, event };
  if (actor.role !== "ORGANIZER" || !actor.organizationIds.includes(event.organizationId)) return denied("not_found");
  const membership = await db().membership.findUnique({
    where: { userId_organizationId: { userId: actor.id, organizationId: event.organizationId } },
    select: { role: true },
  });
  if (!membership) return denied("not_found");
  return membership.role === "OWNER" ? { ok: true, event } : denied("forbidden");
}

/** Read access to internal records: admins and any member of the event's organization. */
export function canReadInternal(actor: CurrentUser | null, organizationId: string): boolean {
  if (!actor) return false;
  if (actor.role === "ADMIN") return true;
  return actor.role === "ORGANIZER" && actor.organizationIds.includes(organizationId);
}

export const PUBLIC_EVENT_STATUSES = ["PUBLISHED", "LIVE", "CONCLUDED"] as const;
