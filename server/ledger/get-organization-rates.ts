import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { gateFor } from "@/server/access/authorize";
import { db } from "@/server/db/client";
import { notFound, type ActionResult } from "@/server/shared/result";
import { resolveLedgerOrganization } from "./list-ledger.ts";

// The organization's follow-up rates per year (of the event) and per sector, counted in SQL
// (two queries whatever the number of agreements): signed, fulfilled, construction started,
// funds in place, and funds received / committed per currency. Same rules as the event's
// rates (compute-follow-up-rates.ts), internal agreements included: this is the workspace.

export type RateRow = {
  key: string;
  total: number;
  fulfilled: number;
  constructionStarted: number;
  fundsInPlace: number;
  funds: { currency: string; committedMinor: string; receivedMinor: string }[];
};
export type OrganizationRates = { organizationId: string; byYear: RateRow[]; bySector: RateRow[] };

type CountRow = { year: number; sector: string; total: bigint; fulfilled: bigint; started: bigint; in_place: bigint };
type FundRow = { year: number; sector: string; currency: string; committed: string; received: string };

export async function getOrganizationRates(
  actor: CurrentUser | null,
  input: { organizationId?: string } = {},
): Promise<ActionResult<OrganizationRates>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const organizationId = await resolveLedgerOrganization(gate.actor, input.organizationId?.slice(0, 64) || undefined);
  if (!organizationId) return notFound("Organization");
  const done = (typeKey: string) =>
    `EXISTS (SELECT 1 FROM "AgreementMilestone" m WHERE m."agreementId" = a.id AND m."typeKey" = '${typeKey}' AND m."doneOn" IS NOT NULL)`;
  const scope = `FROM "Agreement" a JOIN "Event" e ON e.id = a."eventId" WHERE e."organizationId" = $1 AND a.status IN ('SIGNED', 'IN_PROGRESS', 'COMPLETED')`;
  const [counts, funds] = await Promise.all([
    db().$queryRawUnsafe<CountRow[]>(
      `SELECT extract(year FROM e."startDate")::int AS year, a.sector, count(*) AS total,
         count(*) FILTER (WHERE a.status = 'COMPLETED' OR ${done("completed")}) AS fulfilled,
         count(*) FILTER (WHERE ${done("construction_started")}) AS started,
         count(*) FILTER (WHERE ${done("funds_in_place")}) AS in_place
       ${scope} GROUP BY 1, 2`,
      organizationId,
    ),
    db().$queryRawUnsafe<FundRow[]>(
      `SELECT extract(year FROM e."startDate")::int AS year, a.sector, f.currency, sum(f."committedMinor")::text AS committed, sum(f."receivedMinor")::text AS received
       FROM "AgreementFund" f JOIN "Agreement" a ON a.id = f."agreementId" JOIN "Event" e ON e.id = a."eventId"
       WHERE e."organizationId" = $1 AND a.status IN ('SIGNED', 'IN_PROGRESS', 'COMPLETED') GROUP BY 1, 2, 3`,
      organizationId,
    ),
  ]);
  const group = (keyOf: (r: { year: number; sector: string }) => string): RateRow[] => {
    const rows = new Map<string, RateRow>();
    const money = new Map<string, Map<string, { c: bigint; r: bigint }>>();
    for (const c of counts) {
      const k = keyOf(c);
      const row = rows.get(k) ?? { key: k, total: 0, fulfilled: 0, constructionStarted: 0, fundsInPlace: 0, funds: [] };
      row.total += Number(c.total);
      row.fulfilled += Number(c.fulfilled);
      row.constructionStarted += Number(c.started);
      row.fundsInPlace += Number(c.in_place);
      rows.set(k, row);
    }
    for (const f of funds) {
      const byCurrency = money.get(keyOf(f)) ?? new Map();
      const m = byCurrency.get(f.currency) ?? { c: 0n, r: 0n };
      byCurrency.set(f.currency, { c: m.c + BigInt(f.committed), r: m.r + BigInt(f.received) });
      money.set(keyOf(f), byCurrency);
    }
    for (const row of rows.values()) {
      row.funds = [...(money.get(row.key) ?? new Map<string, { c: bigint; r: bigint }>())]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, m]) => ({ currency, committedMinor: m.c.toString(), receivedMinor: m.r.toString() }));
    }
    return [...rows.values()].sort((a, b) => a.key.localeCompare(b.key));
  };
  return { ok: true, data: { organizationId, byYear: group((r) => String(r.year)).reverse(), bySector: group((r) => r.sector) } };
}
