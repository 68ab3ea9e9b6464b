import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { isDenied } from "@/server/access/authorize";
import { findManagedEvent } from "@/server/access/find-managed-event";
import { db } from "@/server/db/client";
import { asLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { notFound, type ActionResult } from "@/server/shared/result";
import { computeFollowUpRates, type FollowUpRates } from "./compute-follow-up-rates.ts";

export type EventFollowUpRates = FollowUpRates & { eventId: string; titles: Record<string, LocalizedText> };

/**
 * The event's follow-up rates for its closing report. Like the report, it counts only
 * PUBLIC agreements, so a press release never discloses an internal one.
 */
export async function getEventFollowUpRates(actor: CurrentUser | null, input: unknown): Promise<ActionResult<EventFollowUpRates>> {
  const eventId = typeof (input as { eventId?: unknown })?.eventId === "string" ? (input as { eventId: string }).eventId.slice(0, 64) : "";
  if (!eventId) return notFound("Event");
  const event = await findManagedEvent(actor, "internal.read", eventId);
  if (isDenied(event)) return event;
  const rates = await computeFollowUpRates({ eventId, visibility: "PUBLIC" });
  const rows = await db().agreement.findMany({ where: { id: { in: rates.agreementIds } }, select: { id: true, title: true } });
  return { ok: true, data: { ...rates, eventId, titles: Object.fromEntries(rows.map((r) => [r.id, asLocalizedText(r.title)])) } };
}
