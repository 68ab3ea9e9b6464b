import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { gateFor } from "@/server/access/authorize";
import { db } from "@/server/db/client";
import { minorToDecimal } from "@/lib/agreements/money";
import { toCsv } from "@/lib/csv/write-csv";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { ledgerFilterSchema } from "@/lib/validation/ledger-schema";
import { invalid, notFound, type ActionResult } from "@/server/shared/result";
import { LEDGER_ROW_SELECT, resolveLedgerOrganization, toLedgerRow } from "./list-ledger.ts";
import { ledgerOrderBy, ledgerWhere } from "./ledger-where.ts";

export const LEDGER_CSV_COLUMNS = [
  "agreement_id",
  "event_id",
  "event_title_en",
  "event_start",
  "title_en",
  "title_zh",
  "title_ja",
  "sector",
  "status",
  "signed_at_utc",
  "city_a_en",
  "city_b_en",
  "parties_a",
  "parties_b",
  "owner",
  "milestones_done",
  "milestones_overdue",
  "funds",
] as const;

const en = (t: LocalizedText | null) => (t ? (t.en ?? t.zh ?? t.ja ?? "") : "");

/** The filtered ledger (every page) as CSV: UTF-8 with BOM, formula-looking cells neutralized (lib/csv/write-csv.ts). */
export async function exportLedgerCsv(
  actor: CurrentUser | null,
  input: unknown,
): Promise<ActionResult<{ filename: string; csv: string; rows: number }>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const parsed = ledgerFilterSchema.safeParse(input ?? {});
  if (!parsed.success) return invalid(parsed.error);
  const organizationId = await resolveLedgerOrganization(gate.actor, parsed.data.organizationId);
  if (!organizationId) return notFound("Organization");
  const where = ledgerWhere(organizationId, parsed.data);
  const rows = (
    await db().agreement.findMany({ where, orderBy: ledgerOrderBy(parsed.data.sort), take: 50_000, select: LEDGER_ROW_SELECT })
  ).map((r) => toLedgerRow(r));
  const csv = toCsv(
    LEDGER_CSV_COLUMNS,
    rows.map((r) => [
      r.id,
      r.event.id,
      en(r.event.title),
      r.event.startDate,
      r.title.en ?? "",
      r.title.zh ?? "",
      r.title.ja ?? "",
      r.sector,
      r.status,
      r.signedAt?.toISOString() ?? "",
      en(r.cityA),
      en(r.cityB),
      r.parties
        .filter((p) => p.side === "A")
        .map((p) => en(p.name))
        .join("; "),
      r.parties
        .filter((p) => p.side === "B")
        .map((p) => en(p.name))
        .join("; "),
      r.owner?.name ?? "",
      r.milestones
        .filter((m) => m.doneOn)
        .map((m) => `${m.typeKey} ${m.doneOn}`)
        .join("; "),
      r.milestones
        .filter((m) => m.overdue)
        .map((m) => `${m.typeKey} ${m.dueOn}`)
        .join("; "),
      r.funds
        .map((f) => `${f.currency} ${minorToDecimal(f.receivedMinor, f.currency)}/${minorToDecimal(f.committedMinor, f.currency)}`)
        .join("; "),
    ]),
  );
  return { ok: true, data: { filename: `ledger-${new Date().toISOString().slice(0, 10)}.csv`, csv, rows: rows.length } };
}
