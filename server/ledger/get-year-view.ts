import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/server/auth/current-user";
import { gateFor } from "@/server/access/authorize";
import { db } from "@/server/db/client";
import { asLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { invalid, notFound, type ActionResult } from "@/server/shared/result";
import { dayString } from "./milestone-view.ts";
import { resolveLedgerOrganization } from "./list-ledger.ts";
import { addTo, cityKey, type Bucket, emptyBucket, toTotals, type YearTotals } from "./year-view-buckets.ts";

// The organization's year (issue 19): its events of one calendar year (by start date) with
// their agreements by partner country (the country of side B's first party, by country code)
// and by city pair. Cancelled agreements are not counted (as in the rates). Every total is
// the sum of the events' figures: one pass over the same rows fills both.

export type YearEvent = YearTotals & { id: string; title: LocalizedText; startDate: string; countries: string[] };
export type YearCityPair = YearTotals & { key: string; cityA: LocalizedText | null; cityB: LocalizedText | null };
export type YearCountry = YearTotals & { country: string };

export type YearView = {
  organizationId: string;
  year: number;
  years: number[];
  events: YearEvent[];
  byCountry: YearCountry[];
  byCityPair: YearCityPair[];
  totals: YearTotals;
};

const inputSchema = z.object({
  organizationId: z.string().trim().max(64).optional(),
  year: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1900).max(2200).optional()),
});

export async function getYearView(actor: CurrentUser | null, input: unknown): Promise<ActionResult<YearView>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const parsed = inputSchema.safeParse(input ?? {});
  if (!parsed.success) return invalid(parsed.error);
  const organizationId = await resolveLedgerOrganization(gate.actor, parsed.data.organizationId || undefined);
  if (!organizationId) return notFound("Organization");

  const yearRows = await db().$queryRaw<{ year: number }[]>`
    SELECT DISTINCT extract(year FROM "startDate")::int AS year FROM "Event" WHERE "organizationId" = ${organizationId} ORDER BY year DESC`;
  const years = yearRows.map((r) => r.year);
  const year = parsed.data.year ?? years[0] ?? new Date().getUTCFullYear();
  const events = await db().event.findMany({
    where: { organizationId, startDate: { gte: new Date(`${year}-01-01T00:00:00Z`), lt: new Date(`${year + 1}-01-01T00:00:00Z`) } },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    select: { id: true, title: true, startDate: true },
  });
  const agreements = await db().agreement.findMany({
    where: { eventId: { in: events.map((e) => e.id) }, status: { not: "CANCELLED" } },
    select: {
      eventId: true,
      cityA: true,
      cityB: true,
      currency: true,
      valueMinor: true,
      parties: { where: { side: "B", party: { country: { not: null } } }, select: { party: { select: { country: true } } } },
    },
  });

  const perEvent = new Map(events.map((e) => [e.id, { bucket: emptyBucket(), countries: new Set<string>() }]));
  const byCountry = new Map<string, Bucket>();
  const byPair = new Map<string, Bucket & { cityA: LocalizedText | null; cityB: LocalizedText | null }>();
  const all = emptyBucket();
  for (const a of agreements) {
    const country = a.parties.map((p) => p.party.country ?? "").sort()[0] ?? "";
    const cityA = a.cityA ? asLocalizedText(a.cityA) : null;
    const cityB = a.cityB ? asLocalizedText(a.cityB) : null;
    const pairKey = `${cityKey(cityA)}→${cityKey(cityB)}`;
    const ev = perEvent.get(a.eventId)!;
    if (country) ev.countries.add(country);
    if (!byCountry.has(country)) byCountry.set(country, emptyBucket());
    if (!byPair.has(pairKey)) byPair.set(pairKey, { ...emptyBucket(), cityA, cityB });
    for (const bucket of [ev.bucket, byCountry.get(country)!, byPair.get(pairKey)!, all]) addTo(bucket, a);
  }
  const ranked = <T extends YearTotals>(rows: T[]) => rows.sort((x, y) => y.agreements - x.agreements);
  return {
    ok: true,
    data: {
      organizationId,
      year,
      years: years.includes(year) ? years : [year, ...years].sort((x, y) => y - x),
      events: events.map((e) => {
        const { bucket, countries } = perEvent.get(e.id)!;
        return {
          id: e.id,
          title: asLocalizedText(e.title),
          startDate: dayString(e.startDate) ?? "",
          countries: [...countries].sort(),
          ...toTotals(bucket),
        };
      }),
      byCountry: ranked([...byCountry].map(([country, b]) => ({ country, ...toTotals(b) }))),
      byCityPair: ranked([...byPair].map(([key, b]) => ({ key, cityA: b.cityA, cityB: b.cityB, ...toTotals(b) }))),
      totals: { ...toTotals(all), events: events.length },
    },
  };
}
