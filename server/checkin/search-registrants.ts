import "server-only";
import { searchCheckInSchema } from "@/lib/validation/checkin-schema";
import { isDenied } from "../access/authorize.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import { invalid, type ActionResult } from "../shared/result.ts";
import { findCheckInEvent } from "./find-checkin-event.ts";
import { REGISTRANT_CARD_SELECT, toRegistrantCard, type RegistrantCard } from "./registrant-card.ts";

export type SearchHit = RegistrantCard & { checkedIn: boolean };

/** The name-search fallback of the scan page: confirmed registrants of the event by name or email, ten at most. */
export async function searchRegistrants(actor: CurrentUser | null, input: unknown): Promise<ActionResult<SearchHit[]>> {
  const raw = (input ?? {}) as { eventId?: unknown };
  const event = await findCheckInEvent(actor, "checkin.scan", typeof raw.eventId === "string" ? raw.eventId : "");
  if (isDenied(event)) return event;
  const parsed = searchCheckInSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const q = parsed.data.query;
  const rows = await db().registration.findMany({
    where: {
      eventId: event.id,
      status: "CONFIRMED",
      user: { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] },
    },
    orderBy: { user: { name: "asc" } },
    take: 10,
    // "Already in" where the steward stands: the entrance, or the session's door.
    select: {
      ...REGISTRANT_CARD_SELECT,
      checkIns: { where: { undoneAt: null, sessionId: parsed.data.sessionId ?? null }, select: { id: true } },
    },
  });
  return { ok: true, data: rows.map((r) => ({ ...toRegistrantCard(r), checkedIn: r.checkIns.length > 0 })) };
}
