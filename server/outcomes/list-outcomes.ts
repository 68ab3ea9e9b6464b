import "server-only";
import { z } from "zod";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import { invalid, notFound, type ActionResult } from "../shared/result.ts";
import { can } from "@/server/access/policy";
import { isPublicEventStatus } from "@/server/access/public-event";
import { OUTCOME_SELECT, toOutcomeView, type OutcomeView } from "./outcome-view.ts";

const schema = z.object({ eventId: z.string().trim().min(1).max(64) });

/** Outcomes of an event; the public sees PUBLIC ones of a published event only. */
export async function listOutcomes(
  actor: CurrentUser | null,
  input: unknown,
): Promise<ActionResult<{ items: OutcomeView[]; canSeeInternal: boolean }>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const event = await db().event.findUnique({ where: { id: parsed.data.eventId }, select: { organizationId: true, status: true } });
  if (!event) return notFound("Event");
  const internal = can(actor, "internal.read", event);
  if (!internal && !isPublicEventStatus(event.status)) return notFound("Event");
  const rows = await db().outcome.findMany({
    where: { eventId: parsed.data.eventId, ...(internal ? {} : { visibility: "PUBLIC" as const }) },
    orderBy: { createdAt: "asc" },
    select: OUTCOME_SELECT,
  });
  return { ok: true, data: { items: rows.map(toOutcomeView), canSeeInternal: internal } };
}
