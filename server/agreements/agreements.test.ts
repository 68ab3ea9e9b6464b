import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { createAgreement } from "./create-agreement.ts";
import { updateAgreement } from "./update-agreement.ts";
import { changeAgreementStatus } from "./change-agreement-status.ts";
import { listAgreements } from "./list-agreements.ts";
import { getAgreement } from "./get-agreement.ts";
import { agreementInput, createAgreementWorld, type AgreementWorld } from "./agreement-test-fixture.ts";
import { createMultiVenueEvent } from "@/prisma/seed/factories";
import { english } from "@/server/testing/in-english";

useTestDatabase();
let world: AgreementWorld;
beforeAll(async () => {
  world = await createAgreementWorld();
});

async function created(overrides: Record<string, unknown> = {}) {
  const result = await createAgreement(world.actors.admin, agreementInput(world, overrides));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.agreement;
}

describe("createAgreement", () => {
  it("stores minor units, converts the venue's wall clock to UTC and writes an audit row", async () => {
    const a = await created();
    expect(a.valueMinor).toBe("125000050");
    expect(a.signedAt).toBe("2020-07-30T03:30:00.000Z"); // 11:30 in Jinan (UTC+8)
    expect(a.parties.map((p) => p.side).sort()).toEqual(["A", "B"]);
    const audit = await db().auditLog.findFirst({ where: { entity: "Agreement", entityId: a.id }, select: { action: true, after: true } });
    expect(audit?.action).toBe("create");
    expect((audit?.after as { valueMinor: string }).valueMinor).toBe("125000050");
  });

  it("uses the signing venue's zone (Tokyo is UTC+9) and yen has no minor digits", async () => {
    const a = await created({ venueId: world.tokyo.id, value: "1200000000", currency: "JPY" });
    expect(a.signedAt).toBe("2020-07-30T02:30:00.000Z");
    expect(a.valueMinor).toBe("1200000000");
  });

  it.each([
    [{ value: "-5" }, "value"],
    [{ value: "10000000000000000" }, "value"],
    [{ value: "12.345" }, "value"],
    [{ value: "100.5", currency: "JPY" }, "value"],
    [{ currency: "XYZ" }, "currency"],
    [{ currency: "" }, "currency"],
    [{ sector: "weapons" }, "sector"],
    [{ title: { en: " " } }, "title"],
    [{ partiesA: [{ partyId: "nope" }] }, "partiesA"],
  ])("refuses bad input %j with a field error and writes nothing", async (overrides, field) => {
    const before = await db().agreement.count();
    const result = await createAgreement(world.actors.admin, agreementInput(world, overrides));
    expect(result.ok).toBe(false);
    if (!result.ok && result.code === "invalid") expect(Object.keys(result.fieldErrors).join()).toContain(field);
    else throw new Error(`expected invalid, got ${JSON.stringify(result)}`);
    expect(await db().agreement.count()).toBe(before);
  });

  it("refuses a party from another organization's list and a venue of another event", async () => {
    const r1 = await createAgreement(world.actors.admin, agreementInput(world, { partiesB: [{ partyId: world.foreignParty.id }] }));
    expect(r1.ok || r1.code).toBe("invalid");
    const other = await createAgreementWorld();
    const r2 = await createAgreement(world.actors.admin, agreementInput(world, { venueId: other.jinan.id, sessionId: null }));
    expect(!r2.ok && r2.code === "invalid" && r2.fieldErrors.venueId).toBeTruthy();
  });

  it("20 concurrent identical submits create exactly one row", async () => {
    const input = agreementInput(world, { idempotencyKey: randomUUID() });
    const results = await Promise.all(Array.from({ length: 20 }, () => createAgreement(world.actors.owner, input)));
    expect(results.every((r) => r.ok)).toBe(true);
    const ids = new Set(results.map((r) => (r.ok ? r.data.agreement.id : "")));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.ok && r.data.created)).toHaveLength(1);
    expect(await db().agreement.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    expect(await db().auditLog.count({ where: { entityId: [...ids][0], action: "create" } })).toBe(1);
  });
});

describe("updateAgreement and changeAgreementStatus", () => {
  it("updates with the right version, refuses a stale one, audits before/after", async () => {
    const a = await created();
    const edit = { ...agreementInput(world), id: a.id, version: a.version, title: { en: "Renamed" }, partiesB: [] };
    const ok = await updateAgreement(world.actors.owner, edit);
    expect(ok.ok && ok.data.version).toBe(2);
    const stale = await updateAgreement(world.actors.owner, { ...edit, title: { en: "Lost update" } });
    expect(!stale.ok && stale.code).toBe("conflict");
    expect(!stale.ok && english(stale.message)).toMatch(/changed by someone else/);
    const audit = await db().auditLog.findFirst({ where: { entityId: a.id, action: "update" }, select: { before: true, after: true } });
    expect((audit?.before as { title: { en: string } }).title.en).toBe("Joint lab for rehabilitation robots");
    expect((audit?.after as { title: { en: string } }).title.en).toBe("Renamed");
  });

  it("walks the status workflow; cancelled stays in the record and cannot be revived", async () => {
    const a = await created({ status: "INTENDED" });
    let version = a.version;
    for (const status of ["SIGNED", "IN_PROGRESS", "CANCELLED"]) {
      const r = await changeAgreementStatus(world.actors.admin, { id: a.id, version, status });
      expect(r.ok).toBe(true);
      if (r.ok) version = r.data.version;
    }
    const revive = await changeAgreementStatus(world.actors.admin, { id: a.id, version, status: "SIGNED" });
    expect(!revive.ok && revive.code).toBe("invalid");
    const skip = await changeAgreementStatus(world.actors.admin, {
      id: (await created({ status: "INTENDED" })).id,
      version: 1,
      status: "COMPLETED",
    });
    expect(!skip.ok && skip.code).toBe("invalid");
    expect(await db().agreement.count({ where: { id: a.id } })).toBe(1);
  });
});

describe("listAgreements and getAgreement", () => {
  it("hides internal rows from the public and other organizations, searches every language", async () => {
    const internal = await created({ visibility: "INTERNAL", title: { en: "Confidential supply deal", zh: "保密供货协议" } });
    const pub = await listAgreements(null, { eventId: world.event.id });
    expect(pub.ok && pub.data.items.some((a) => a.id === internal.id)).toBe(false);
    const other = await listAgreements(world.actors.outsider, { eventId: world.event.id });
    expect(other.ok && other.data.items.some((a) => a.id === internal.id)).toBe(false);
    const mine = await listAgreements(world.actors.member, { eventId: world.event.id, q: "保密" });
    expect(mine.ok && mine.data.items.map((a) => a.id)).toEqual([internal.id]);
    expect((await getAgreement(null, { id: internal.id })).ok).toBe(false);
    expect((await getAgreement(world.actors.admin, { id: internal.id })).ok).toBe(true);
  });

  it("filters by type and venue and sorts by title", async () => {
    await created({ type: "TALENT_EXCHANGE", venueId: world.tokyo.id, title: { en: "Zeta exchange" } });
    await created({ type: "TALENT_EXCHANGE", venueId: world.tokyo.id, title: { en: "Alpha exchange" } });
    const r = await listAgreements(world.actors.admin, {
      eventId: world.event.id,
      type: "TALENT_EXCHANGE",
      venueId: world.tokyo.id,
      sort: "title_asc",
    });
    expect(r.ok && r.data.items.map((a) => a.title.en)).toEqual(["Alpha exchange", "Zeta exchange"]);
  });
});

describe("listAgreements pages", () => {
  it("reads 50 rows a page in a stable order, keeps filters and the title sort across pages, clamps a page past the end", async () => {
    const { event } = await createMultiVenueEvent(db(), { orgId: world.orgId, event: { status: "PUBLISHED" } });
    const n = 123;
    await db().agreement.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        eventId: event.id,
        title: { en: `Row ${String(i).padStart(3, "0")}` },
        sector: "logistics",
        type: i % 2 ? ("MOU" as const) : ("CONTRACT" as const),
        // many equal signing times: the order must still be total, or rows would repeat across pages
        signedAt: new Date(Date.UTC(2020, 6, 30, i % 3)),
        updatedAt: new Date(),
      })),
    });
    const page = async (p: number, extra: Record<string, unknown> = {}) => {
      const r = await listAgreements(world.actors.admin, { eventId: event.id, page: String(p), ...extra });
      if (!r.ok) throw new Error(JSON.stringify(r));
      return r.data;
    };
    const [one, two, three] = [await page(1), await page(2), await page(3)];
    expect([one.items.length, two.items.length, three.items.length]).toEqual([50, 50, 23]);
    expect([one.total, one.pages, three.page]).toEqual([n, 3, 3]);
    const ids = [...one.items, ...two.items, ...three.items].map((a) => a.id);
    expect(new Set(ids).size).toBe(n);
    expect((await page(99)).items.map((a) => a.id)).toEqual(three.items.map((a) => a.id));
    expect((await page(0)).page).toBe(1); // bad page numbers read the first page

    const mou = [await page(1, { type: "MOU" }), await page(2, { type: "MOU" })];
    expect([mou[0].total, mou[0].items.length, mou[1].items.length]).toEqual([61, 50, 11]);
    expect(mou.flatMap((d) => d.items).every((a) => a.type === "MOU")).toBe(true);

    const sorted = [await page(1, { sort: "title_asc" }), await page(3, { sort: "title_asc" })];
    expect(sorted[0].items.slice(0, 2).map((a) => a.title.en)).toEqual(["Row 000", "Row 001"]);
    expect(sorted[1].items.at(-1)?.title.en).toBe("Row 122");
    const search = await page(2, { q: "row 1" }); // Row 100–122, one page: page 2 shows it
    expect([search.total, search.pages, search.page, search.items.length]).toEqual([23, 1, 1, 23]);
  });
});
