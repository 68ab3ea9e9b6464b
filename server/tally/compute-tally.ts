import "server-only";
import { db } from "../db/client.ts";
import { asLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";

// The public tally of one event: PUBLIC, non-cancelled agreements and PUBLIC outcomes,
// counted by sector, by each side's city, by venue, by the session signed at and by type; declared values summed
// PER CURRENCY (a yen total and a yuan total are two numbers, never one).

export type CountRow = { key: string; count: number };
export type LabelledCountRow = CountRow & { label: LocalizedText };

export type Tally = {
  eventId: string;
  totals: { agreements: number; outcomes: number };
  bySector: CountRow[];
  byType: CountRow[];
  byCityA: LabelledCountRow[];
  byCityB: LabelledCountRow[];
  byVenue: LabelledCountRow[];
  /** Sessions (seminars, the ceremony) with the agreements signed there; none for unlinked ones. */
  bySession: LabelledCountRow[];
  outcomesByKind: CountRow[];
  valueTotals: { currency: string; totalMinor: string; count: number }[];
  computedAt: string;
};

const sortRows = <T extends CountRow>(rows: T[]) => rows.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

function countBy(values: string[]): CountRow[] {
  const map = new Map<string, number>();
  for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
  return sortRows([...map].map(([key, count]) => ({ key, count })));
}

/** Groups cities typed by people: "Jinan" and "jinan " are one city; the first label wins. */
function countCities(values: unknown[]): LabelledCountRow[] {
  const map = new Map<string, LabelledCountRow>();
  for (const value of values) {
    const label = asLocalizedText(value);
    const name = label.en ?? label.zh ?? label.ja;
    if (!name) continue;
    const key = name.trim().toLocaleLowerCase();
    const row = map.get(key) ?? { key, label, count: 0 };
    row.count += 1;
    map.set(key, row);
  }
  return sortRows([...map.values()]);
}

export async function computeTally(eventId: string): Promise<Tally> {
  const [agreements, outcomes, venues, sessions] = await Promise.all([
    db().agreement.findMany({
      where: { eventId, visibility: "PUBLIC", status: { not: "CANCELLED" } },
      select: { sector: true, type: true, valueMinor: true, currency: true, cityA: true, cityB: true, venueId: true, sessionId: true },
    }),
    db().outcome.findMany({ where: { eventId, visibility: "PUBLIC" }, select: { kind: true } }),
    db().venue.findMany({ where: { eventId }, orderBy: { position: "asc" }, select: { id: true, name: true, city: true } }),
    db().session.findMany({ where: { eventId }, orderBy: [{ startsAt: "asc" }, { id: "asc" }], select: { id: true, title: true } }),
  ]);

  const values = new Map<string, { total: bigint; count: number }>();
  for (const a of agreements) {
    if (a.valueMinor === null || !a.currency) continue;
    const entry = values.get(a.currency) ?? { total: 0n, count: 0 };
    entry.total += a.valueMinor;
    entry.count += 1;
    values.set(a.currency, entry);
  }

  const venueCounts = countBy(agreements.map((a) => a.venueId ?? ""));
  const byVenue: LabelledCountRow[] = venues.map((v) => ({
    key: v.id,
    label: asLocalizedText(v.city ?? v.name),
    count: venueCounts.find((r) => r.key === v.id)?.count ?? 0,
  }));

  const sessionCounts = new Map(countBy(agreements.flatMap((a) => (a.sessionId ? [a.sessionId] : []))).map((r) => [r.key, r.count]));
  // Most agreements first; ties keep the programme's order (a stable sort over sessions by start).
  const bySession = sessions
    .filter((s) => sessionCounts.has(s.id))
    .map((s) => ({ key: s.id, label: asLocalizedText(s.title), count: sessionCounts.get(s.id) ?? 0 }))
    .sort((a, b) => b.count - a.count);

  return {
    eventId,
    totals: { agreements: agreements.length, outcomes: outcomes.length },
    bySector: countBy(agreements.map((a) => a.sector)),
    byType: countBy(agreements.map((a) => a.type)),
    byCityA: countCities(agreements.map((a) => a.cityA)),
    byCityB: countCities(agreements.map((a) => a.cityB)),
    byVenue,
    bySession,
    outcomesByKind: countBy(outcomes.map((o) => o.kind)),
    valueTotals: [...values]
      .map(([currency, v]) => ({ currency, totalMinor: v.total.toString(), count: v.count }))
      .sort((a, b) => a.currency.localeCompare(b.currency)),
    computedAt: new Date().toISOString(),
  };
}
