import "server-only";
import { pickText } from "@/lib/i18n/localized-text";
import { toCsv } from "@/lib/csv/write-csv";
import type { CurrentUser } from "../auth/current-user.ts";
import type { ActionResult } from "../shared/result.ts";
import { listRegistrants } from "./list-registrants.ts";

// The registrants list as CSV for spreadsheets: UTF-8 with BOM, formula-looking cells
// neutralized (lib/csv/write-csv.ts), every person whatever the page's filters.

const HEADER = [
  "name",
  "email",
  "language",
  "status",
  "venue",
  "delegation",
  "decline_reason",
  "answered_via",
  "registered_at_utc",
] as const;

export async function exportRegistrantsCsv(
  actor: CurrentUser | null,
  input: { eventId: string },
): Promise<ActionResult<{ filename: string; csv: string; rows: number }>> {
  const result = await listRegistrants(actor, { eventId: input?.eventId });
  if (!result.ok) return result;
  const { event, rows } = result.data;
  const text = (v: unknown) => pickText(v, "en", event.languages).text;
  const venue = new Map(event.venues.map((v) => [v.id, text(v.name)]));
  const delegation = new Map(event.delegations.map((d) => [d.id, text(d.name)]));
  const body = rows.map((r) => [
    r.name,
    r.email,
    r.locale,
    r.status,
    r.venueId ? venue.get(r.venueId) : "",
    r.delegationId ? delegation.get(r.delegationId) : "",
    r.invitation?.declineReason ?? "",
    r.invitation?.answeredVia ?? "",
    r.registeredAt?.toISOString() ?? "",
  ]);
  return { ok: true, data: { filename: `${event.slug}-registrants.csv`, csv: toCsv(HEADER, body), rows: body.length } };
}
