import "server-only";
import type { LocalizedText } from "@/lib/i18n/localized-text";

// Counting for the year view: agreements, events and declared values per currency (never
// added across currencies) in one bucket per group.

export type YearTotals = { agreements: number; events: number; values: { currency: string; totalMinor: string }[] };
export type Bucket = { agreements: number; eventIds: Set<string>; values: Map<string, bigint> };

export const emptyBucket = (): Bucket => ({ agreements: 0, eventIds: new Set(), values: new Map() });

export function addTo(bucket: Bucket, a: { eventId: string; currency: string | null; valueMinor: bigint | null }) {
  bucket.agreements += 1;
  bucket.eventIds.add(a.eventId);
  if (a.currency && a.valueMinor !== null) bucket.values.set(a.currency, (bucket.values.get(a.currency) ?? 0n) + a.valueMinor);
}

export const toTotals = (b: Bucket): YearTotals => ({
  agreements: b.agreements,
  events: b.eventIds.size,
  values: [...b.values]
    .map(([currency, total]) => ({ currency, totalMinor: total.toString() }))
    .sort((x, y) => x.currency.localeCompare(y.currency)),
});

/** Cities typed by people: "Jinan" and "jinan " are one city (as the tally groups them). */
export const cityKey = (city: LocalizedText | null) => (city?.en ?? city?.zh ?? city?.ja ?? "").trim().toLocaleLowerCase();
