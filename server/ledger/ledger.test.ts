import { beforeAll, describe, expect, it } from "vitest";
import { createAgreement, createMultiVenueEvent, createParty } from "@/prisma/seed/factories";
import { UTF8_BOM } from "@/lib/csv/write-csv";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { createAgreementWorld, type AgreementWorld } from "../agreements/agreement-test-fixture.ts";
import { countQueries } from "./count-queries.ts";
import { exportLedgerCsv } from "./export-ledger-csv.ts";
import { listLedger } from "./list-ledger.ts";
import { listOverdueMilestones } from "./list-overdue-milestones.ts";
import { getOrganizationRates } from "./get-organization-rates.ts";
import { listMyReminders } from "./list-my-reminders.ts";

useTestDatabase();
let world: AgreementWorld;
let secondEventId: string;
const ids: Record<string, string> = {};
beforeAll(async () => {
  world = await createAgreementWorld();
  const second = await createMultiVenueEvent(db(), {
    orgId: world.orgId,
    event: { status: "PUBLISHED", startDate: new Date("2023-05-10T00:00:00Z"), endDate: new Date("2023-05-11T00:00:00Z") },
  });
  secondEventId = second.event.id;
  const japanese = await createParty(db(), world.orgId, { name: { en: "Naniwa Robotics", ja: "なにわロボティクス" } });
  ids.first = (
    await createAgreement(db(), { eventId: world.event.id }, { sector: "medical-health", cityA: { en: "Jinan", zh: "济南" } })
  ).id;
  ids.second = (
    await createAgreement(
      db(),
      { eventId: secondEventId, sideB: [japanese.id] },
      { sector: "new-energy", title: { en: '=HYPERLINK("http://evil")' } },
    )
  ).id;
  ids.cancelled = (await createAgreement(db(), { eventId: secondEventId }, { status: "CANCELLED", sector: "logistics" })).id;
  await db().agreementMilestone.create({
    data: { agreementId: ids.second, typeKey: "approvals", dueOn: new Date("2024-01-31T00:00:00Z") },
  });
  await db().agreementMilestone.create({
    data: {
      agreementId: ids.first,
      typeKey: "completed",
      dueOn: new Date("2020-01-31T00:00:00Z"),
      doneOn: new Date("2020-01-20T00:00:00Z"),
    },
  });
  await db().agreementFollowUp.create({ data: { agreementId: ids.second, ownerId: world.actors.member.id } });
  // Another organization's agreement never shows.
  const foreign = await createMultiVenueEvent(db(), { orgId: world.otherOrgId });
  ids.foreign = (await createAgreement(db(), { eventId: foreign.event.id })).id;
});

const page = async (filter: Record<string, unknown>) => {
  const r = await listLedger(world.actors.owner, { organizationId: world.orgId, ...filter });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data;
};
const rowIds = async (filter: Record<string, unknown>) => (await page(filter)).rows.map((r) => r.id).sort();

describe("the organization's project ledger", () => {
  it("lists agreements of both events, none of another organization", async () => {
    const all = await rowIds({});
    expect(all).toEqual([ids.first, ids.second, ids.cancelled].sort());
    expect((await page({})).events.map((e) => e.id).sort()).toEqual([world.event.id, secondEventId].sort());
  });

  it("filters by event, year, sector, city, side and party, status, owner and overdue", async () => {
    expect(await rowIds({ eventId: secondEventId })).toEqual([ids.second, ids.cancelled].sort());
    expect(await rowIds({ year: "2023" })).toEqual([ids.second, ids.cancelled].sort());
    expect(await rowIds({ sector: "medical-health" })).toEqual([ids.first]);
    expect(await rowIds({ city: "济南" })).toEqual([ids.first]);
    expect(await rowIds({ side: "B", party: "なにわ" })).toEqual([ids.second]);
    expect(await rowIds({ side: "A", party: "なにわ" })).toEqual([]);
    expect(await rowIds({ status: "CANCELLED" })).toEqual([ids.cancelled]);
    expect(await rowIds({ owner: world.actors.member.id })).toEqual([ids.second]);
    expect(await rowIds({ owner: "none" })).toEqual([ids.first, ids.cancelled].sort());
    expect(await rowIds({ overdue: "1" })).toEqual([ids.second]);
    expect(await rowIds({ done: "completed" })).toEqual([ids.first]);
  });

  it("sorts and pages; a bad filter is refused", async () => {
    const bySigning = await page({ sort: "event_desc" });
    expect(bySigning.rows[0].event.id).toBe(secondEventId);
    expect(bySigning.total).toBe(3);
    expect((await page({ page: "2" })).rows).toEqual([]);
    expect(await listLedger(world.actors.owner, { organizationId: world.orgId, sector: "no-such-sector" })).toMatchObject({
      code: "invalid",
    });
  });

  it("another organization's ledger is not found; delegates and the signed-out are refused", async () => {
    expect(await listLedger(world.actors.outsider, { organizationId: world.orgId })).toMatchObject({ code: "not_found" });
    expect(await listLedger(world.actors.delegate, { organizationId: world.orgId })).toMatchObject({ code: "forbidden" });
    expect(await listLedger(null, {})).toMatchObject({ code: "unauthenticated" });
    expect(await exportLedgerCsv(world.actors.outsider, { organizationId: world.orgId })).toMatchObject({ code: "not_found" });
  });

  it("counts rates per year across both events", async () => {
    const r = await getOrganizationRates(world.actors.viewer, { organizationId: world.orgId });
    if (!r.ok) throw new Error("no rates");
    expect(r.data.byYear.map((y) => [y.key, y.total, y.fulfilled])).toEqual(
      [
        ["2023", 1, 0],
        [String(world.event.startDate.getUTCFullYear()), 1, 1],
      ].sort((a, b) => String(b[0]).localeCompare(String(a[0]))),
    );
    expect(await getOrganizationRates(world.actors.outsider, { organizationId: world.orgId })).toMatchObject({ code: "not_found" });
  });

  it("reminds the follow-up owner of overdue and soon-due milestones, and nobody else", async () => {
    const soon = new Date(Date.now() + 5 * 86_400_000);
    const m = await db().agreementMilestone.create({
      data: { agreementId: ids.second, typeKey: "land_secured", dueOn: new Date(`${soon.toISOString().slice(0, 10)}T00:00:00Z`) },
    });
    const mine = await listMyReminders(world.actors.member);
    expect(mine.ok && mine.data.map((r) => [r.typeKey, r.overdue])).toEqual([
      ["approvals", true],
      ["land_secured", false],
    ]);
    expect(await listMyReminders(world.actors.owner)).toEqual({ ok: true, data: [] });
    await db().agreementMilestone.delete({ where: { id: m.id } });
  });

  it("lists overdue milestones", async () => {
    const r = await listOverdueMilestones(world.actors.viewer, { organizationId: world.orgId });
    expect(r.ok && r.data.map((m) => [m.agreementId, m.typeKey, m.dueOn])).toEqual([[ids.second, "approvals", "2024-01-31"]]);
  });

  it("exports CSV with a BOM and formula cells neutralized", async () => {
    const r = await exportLedgerCsv(world.actors.owner, { organizationId: world.orgId, eventId: secondEventId });
    if (!r.ok) throw new Error("no csv");
    expect(r.data.csv.startsWith(UTF8_BOM)).toBe(true);
    expect(r.data.rows).toBe(2);
    expect(r.data.csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(r.data.csv).toContain("approvals 2024-01-31");
  });

  it("sends as many queries for 60 agreements as for 3", async () => {
    const few = await countQueries(() => listLedger(world.actors.owner, { organizationId: world.orgId }));
    for (let i = 0; i < 57; i++) {
      const a = await createAgreement(db(), { eventId: world.event.id, sideA: [world.party.id] });
      await db().agreementMilestone.create({ data: { agreementId: a.id, typeKey: "approvals", dueOn: new Date("2021-01-01T00:00:00Z") } });
      await db().agreementFund.create({ data: { agreementId: a.id, currency: "CNY", committedMinor: 100n } });
    }
    expect(few.queries).toBeGreaterThan(2);
    const many = await countQueries(() => listLedger(world.actors.owner, { organizationId: world.orgId }));
    expect(many.result.ok && many.result.data.rows).toHaveLength(50);
    expect(many.queries).toBe(few.queries);
  });
});
