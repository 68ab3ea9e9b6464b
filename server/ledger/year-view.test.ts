import { beforeAll, describe, expect, it } from "vitest";
import { createAgreement, createMultiVenueEvent, createParty } from "@/prisma/seed/factories";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { createRoleUsers } from "@/prisma/seed/roles";
import { createOrganization } from "@/prisma/seed/factories";
import { getYearView } from "./get-year-view.ts";
import { listLedger } from "./list-ledger.ts";

// Issue 19's "Done when": a test across two events returns agreements of both in the ledger
// and in the year view, whose totals equal the sum over its events.

useTestDatabase();
type Actors = Awaited<ReturnType<typeof createRoleUsers>>["actors"];
let actors: Actors;
let orgId: string;
const events: Record<string, string> = {};
const ids: Record<string, string> = {};
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const jinan = { en: "Jinan", zh: "济南", ja: "済南" };
const osaka = { en: "Osaka", zh: "大阪", ja: "大阪" };
const busan = { en: "Busan", zh: "釜山", ja: "釜山" };

beforeAll(async () => {
  orgId = (await createOrganization(db())).id;
  const other = await createOrganization(db());
  actors = (await createRoleUsers(db(), { orgId, otherOrgId: other.id })).actors;
  const make = async (key: string, start: string) =>
    (events[key] = (await createMultiVenueEvent(db(), { orgId, event: { startDate: day(start), endDate: day(start) } })).event.id);
  await make("spring", "2023-04-12");
  await make("autumn", "2023-10-20");
  await make("before", "2022-12-31");
  const jp = await createParty(db(), orgId, { country: "JP" });
  const kr = await createParty(db(), orgId, { country: "KR" });
  const cn = await createParty(db(), orgId, { country: "CN" });
  const add = async (key: string, eventId: string, sideB: string[], o: Record<string, unknown>) =>
    (ids[key] = (await createAgreement(db(), { eventId, sideA: [cn.id], sideB }, o)).id);
  await add("s1", events.spring, [jp.id], { cityA: jinan, cityB: osaka, valueMinor: 100_00n, currency: "CNY" });
  await add("s2", events.spring, [kr.id], { cityA: jinan, cityB: busan, valueMinor: 5_000n, currency: "JPY" });
  await add("a1", events.autumn, [jp.id], { cityA: { en: "jinan " }, cityB: osaka, valueMinor: 50_00n, currency: "CNY" });
  await add("a2", events.autumn, [], { cityA: jinan, cityB: osaka });
  await add("cancelled", events.autumn, [jp.id], { status: "CANCELLED", valueMinor: 999_00n, currency: "CNY" });
  await add("b1", events.before, [jp.id], { cityA: jinan, cityB: osaka });
  const foreign = await createMultiVenueEvent(db(), {
    orgId: other.id,
    event: { startDate: day("2023-06-01"), endDate: day("2023-06-01") },
  });
  await createAgreement(db(), { eventId: foreign.event.id, sideB: [jp.id] });
});

const view = async (year?: number) => {
  const r = await getYearView(actors.owner, { organizationId: orgId, year });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data;
};

describe("the year view", () => {
  it("lists the year's events with their agreements; totals are the sum over the events", async () => {
    const v = await view(2023);
    expect(v.events.map((e) => [e.id, e.agreements])).toEqual([
      [events.spring, 2],
      [events.autumn, 2],
    ]);
    expect(v.totals.agreements).toBe(4);
    expect(v.totals.agreements).toBe(v.events.reduce((n, e) => n + e.agreements, 0));
    expect(v.totals.events).toBe(2);
    expect(v.totals.values).toEqual([
      { currency: "CNY", totalMinor: "15000" },
      { currency: "JPY", totalMinor: "5000" },
    ]);
    expect(v.years).toEqual([2023, 2022]);
  });

  it("groups by partner country and by city pair, each summing to the totals", async () => {
    const v = await view(2023);
    expect(v.byCountry.map((c) => [c.country, c.agreements, c.events])).toEqual([
      ["JP", 2, 2],
      ["KR", 1, 1],
      ["", 1, 1],
    ]);
    expect(v.events.find((e) => e.id === events.spring)?.countries).toEqual(["JP", "KR"]);
    expect(v.byCityPair.map((p) => [p.key, p.agreements, p.events])).toEqual([
      ["jinan→osaka", 3, 2],
      ["jinan→busan", 1, 1],
    ]);
    for (const rows of [v.byCountry, v.byCityPair]) expect(rows.reduce((n, r) => n + r.agreements, 0)).toBe(v.totals.agreements);
  });

  it("the ledger of the same year returns the agreements of both events", async () => {
    const r = await listLedger(actors.owner, { organizationId: orgId, year: "2023" });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.data.rows.map((a) => a.id).sort()).toEqual([ids.s1, ids.s2, ids.a1, ids.a2, ids.cancelled].sort());
    const v = await view(2023);
    const notCancelled = r.data.rows.filter((a) => a.status !== "CANCELLED");
    expect(new Set(notCancelled.map((a) => a.event.id))).toEqual(new Set(v.events.map((e) => e.id)));
    expect(notCancelled).toHaveLength(v.totals.agreements);
  });

  it("opens on the latest year with events; a year with none is empty", async () => {
    expect((await view()).year).toBe(2023);
    const empty = await view(2019);
    expect([empty.events, empty.totals.agreements, empty.years]).toEqual([[], 0, [2023, 2022, 2019]]);
  });

  it("is the organization's staff's only: others are refused, bad input is invalid", async () => {
    expect((await getYearView(actors.viewer, { organizationId: orgId, year: 2023 })).ok).toBe(true);
    expect(await getYearView(actors.outsider, { organizationId: orgId, year: 2023 })).toMatchObject({ ok: false, code: "not_found" });
    expect(await getYearView(actors.delegate, { organizationId: orgId })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await getYearView(null, { organizationId: orgId })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await getYearView(actors.owner, { organizationId: orgId, year: "20x3" })).toMatchObject({ ok: false, code: "invalid" });
  });
});
