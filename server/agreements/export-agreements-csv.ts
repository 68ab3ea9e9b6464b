import "server-only";
import { gateFor } from "@/server/access/authorize";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import { notFound, type ActionResult } from "../shared/result.ts";
import { AGREEMENT_CSV_COLUMNS, PARTY_SEPARATOR } from "@/lib/agreements/csv-columns.ts";
import { toCsv } from "@/lib/csv/write-csv.ts";
import { minorToDecimal } from "@/lib/agreements/money.ts";
import { utcToLocal } from "@/lib/time";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { can } from "@/server/access/policy";
import { AGREEMENT_SELECT, toAgreementView } from "./agreement-view.ts";

export type AgreementCsvFile = { filename: string; csv: string; rows: number };

const displayName = (t: LocalizedText) => t.en ?? t.zh ?? t.ja ?? "";

/** Every agreement of the event (internal and cancelled included) for the organization. */
export async function exportAgreementsCsv(actor: CurrentUser | null, input: unknown): Promise<ActionResult<AgreementCsvFile>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const eventId = typeof (input as { eventId?: unknown })?.eventId === "string" ? (input as { eventId: string }).eventId.slice(0, 64) : "";
  const event = eventId
    ? await db().event.findUnique({ where: { id: eventId }, select: { slug: true, organizationId: true, primaryTimeZone: true } })
    : null;
  if (!event || !can(actor, "internal.read", event)) return notFound("Event");

  const rows = (
    await db().agreement.findMany({ where: { eventId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: AGREEMENT_SELECT })
  ).map(toAgreementView);
  const body = rows.map((a) => {
    const zone = a.venue?.timeZone ?? event.primaryTimeZone;
    const side = (s: "A" | "B") => a.parties.filter((p) => p.side === s);
    const row: Record<(typeof AGREEMENT_CSV_COLUMNS)[number], string | number> = {
      id: a.id,
      title_en: a.title.en ?? "",
      title_zh: a.title.zh ?? "",
      title_ja: a.title.ja ?? "",
      sector: a.sector,
      type: a.type,
      status: a.status,
      visibility: a.visibility,
      value: a.valueMinor !== null && a.currency ? minorToDecimal(a.valueMinor, a.currency) : "",
      currency: a.currency ?? "",
      city_a_en: a.cityA?.en ?? "",
      city_a_zh: a.cityA?.zh ?? "",
      city_a_ja: a.cityA?.ja ?? "",
      city_b_en: a.cityB?.en ?? "",
      city_b_zh: a.cityB?.zh ?? "",
      city_b_ja: a.cityB?.ja ?? "",
      session_id: a.sessionId ?? "",
      venue_id: a.venueId ?? "",
      signed_at_local: a.signedAt ? utcToLocal(a.signedAt, zone) : "",
      time_zone: zone,
      signed_at_utc: a.signedAt ?? "",
      parties_a_ids: side("A")
        .map((p) => p.id)
        .join(PARTY_SEPARATOR),
      parties_a_names: side("A")
        .map((p) => displayName(p.name))
        .join(`${PARTY_SEPARATOR} `),
      parties_b_ids: side("B")
        .map((p) => p.id)
        .join(PARTY_SEPARATOR),
      parties_b_names: side("B")
        .map((p) => displayName(p.name))
        .join(`${PARTY_SEPARATOR} `),
      idempotency_key: a.idempotencyKey ?? "",
      version: a.version,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
    };
    return AGREEMENT_CSV_COLUMNS.map((c) => row[c]);
  });
  return { ok: true, data: { filename: `${event.slug}-agreements.csv`, csv: toCsv(AGREEMENT_CSV_COLUMNS, body), rows: rows.length } };
}
