import "server-only";
import { gateFor } from "@/server/access/authorize";
import { z } from "zod";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import { asLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { invalid, notFound, type ActionResult } from "../shared/result.ts";
import { can } from "@/server/access/policy";

const schema = z.object({ eventId: z.string().trim().min(1).max(64) });

export type PartyOption = { id: string; name: LocalizedText; country: string | null };

/** The event organization's own party list, for the agreement form's pickers. */
export async function listParties(actor: CurrentUser | null, input: unknown): Promise<ActionResult<PartyOption[]>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const event = await db().event.findUnique({ where: { id: parsed.data.eventId }, select: { organizationId: true } });
  if (!event || !can(actor, "internal.read", event)) return notFound("Event");
  const rows = await db().party.findMany({
    where: { organizationId: event.organizationId },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, country: true },
  });
  return { ok: true, data: rows.map((r) => ({ id: r.id, name: asLocalizedText(r.name), country: r.country })) };
}
