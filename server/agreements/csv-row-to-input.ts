import "server-only";
import { createHash } from "node:crypto";
import type { AgreementCsvRow } from "@/lib/agreements/read-agreements-csv.ts";
import { AGREEMENT_CSV_COLUMNS, PARTY_SEPARATOR } from "@/lib/agreements/csv-columns.ts";

// Maps one CSV row to the same input object the form sends, so the import is validated by
// the same createAgreementSchema. A row without idempotency_key gets one derived from the
// event and the row's content: importing the same file twice cannot double the register.

export type PartyLookup = (name: string) => string | undefined;

function deriveKey(eventId: string, row: AgreementCsvRow): string {
  const hex = createHash("sha256")
    .update(eventId)
    .update("\u0000")
    .update(AGREEMENT_CSV_COLUMNS.map((c) => row.cells[c]).join("\u0001"))
    .digest("hex");
  // Shaped as a version-5-style UUID so it passes the same uuid check as form keys.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const text3 = (en: string, zh: string, ja: string) => ({ en, zh, ja });

function sideRefs(ids: string, names: string, lookup: PartyLookup, lang: string) {
  const split = (v: string) =>
    v
      .split(PARTY_SEPARATOR)
      .map((s) => s.trim())
      .filter(Boolean);
  if (ids) return split(ids).map((partyId) => ({ partyId }));
  return split(names).map((name) => {
    const partyId = lookup(name);
    return partyId ? { partyId } : { name: { [lang]: name } };
  });
}

export function csvRowToInput(row: AgreementCsvRow, eventId: string, lookup: PartyLookup, contentLang: string): Record<string, unknown> {
  const c = row.cells;
  return {
    eventId,
    title: text3(c.title_en, c.title_zh, c.title_ja),
    sector: c.sector,
    type: c.type,
    status: c.status || undefined,
    visibility: c.visibility || undefined,
    value: c.value,
    currency: c.currency,
    cityA: text3(c.city_a_en, c.city_a_zh, c.city_a_ja),
    cityB: text3(c.city_b_en, c.city_b_zh, c.city_b_ja),
    sessionId: c.session_id,
    venueId: c.venue_id,
    signedAtLocal: c.signed_at_local,
    partiesA: sideRefs(c.parties_a_ids, c.parties_a_names, lookup, contentLang),
    partiesB: sideRefs(c.parties_b_ids, c.parties_b_names, lookup, contentLang),
    idempotencyKey: c.idempotency_key || deriveKey(eventId, row),
  };
}
