import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { isUniqueViolation } from "../db/database-errors.ts";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { createAgreement } from "./create-agreement.ts";
import { exportAgreementsCsv } from "./export-agreements-csv.ts";
import { BATCH_ROWS, importAgreementsCsv } from "./import-agreements-csv.ts";
import { AGREEMENT_SELECT, toAgreementView } from "./agreement-view.ts";
import { AGREEMENT_CSV_COLUMNS } from "@/lib/agreements/csv-columns.ts";
import { parseCsv } from "@/lib/csv/parse-csv.ts";
import { agreementInput, createAgreementWorld, snapshotCounts, type AgreementWorld } from "./agreement-test-fixture.ts";
import { english, inEnglish } from "@/server/testing/in-english";

useTestDatabase();
let world: AgreementWorld;
const bytes = (text: string) => new TextEncoder().encode(text);
const header = AGREEMENT_CSV_COLUMNS.join(",");
function row(values: Partial<Record<(typeof AGREEMENT_CSV_COLUMNS)[number], string>>): string {
  return AGREEMENT_CSV_COLUMNS.map((c) => {
    const v = values[c] ?? "";
    return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  }).join(",");
}

beforeAll(async () => {
  world = await createAgreementWorld();
  const admin = world.actors.admin;
  await createAgreement(admin, agreementInput(world));
  await createAgreement(
    admin,
    agreementInput(world, { title: { en: "=cmd|' /C calc'!A0", zh: '上海, "引号"' }, value: "", currency: "", visibility: "INTERNAL" }),
  );
  await createAgreement(admin, agreementInput(world, { value: "300000000", currency: "JPY", venueId: world.tokyo.id }));
});

describe("export", () => {
  it("writes every agreement with BOM, all columns and neutralized formulas", async () => {
    const r = await exportAgreementsCsv(world.actors.owner, { eventId: world.event.id });
    if (!r.ok) throw new Error(english(r.message));
    expect(r.data.csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = parseCsv(r.data.csv.slice(1));
    if (!parsed.ok) throw new Error(english(parsed.reason));
    expect(parsed.records[0].fields).toEqual([...AGREEMENT_CSV_COLUMNS]);
    expect(parsed.records).toHaveLength(4);
    const titles = parsed.records.map((x) => x.fields[1]);
    expect(titles).toContain("'=cmd|' /C calc'!A0");
    expect(titles.some((t) => t.startsWith("="))).toBe(false);
    expect(r.data.csv).toContain("康复机器人联合实验室");
    expect(r.data.csv).toContain("300000000,JPY");
  });
});

describe("import", () => {
  it("round trip: re-importing the export reports every row as a duplicate and changes nothing", async () => {
    const exported = await exportAgreementsCsv(world.actors.admin, { eventId: world.event.id });
    if (!exported.ok) throw new Error("export failed");
    const before = await snapshotCounts();
    for (const mode of ["dry-run", "confirm"] as const) {
      const r = await importAgreementsCsv(world.actors.admin, { eventId: world.event.id, file: bytes(exported.data.csv), mode });
      if (!r.ok) throw new Error(english(r.message));
      expect(r.data).toMatchObject({ totalRows: 3, toCreate: [], errors: [], created: 0 });
      expect(r.data.duplicates).toHaveLength(3);
    }
    expect(await snapshotCounts()).toEqual(before);
  });

  it("dry-run lists every bad row with its line and writes nothing; confirm is all-or-nothing", async () => {
    const good = {
      title_en: "Cold-chain logistics hub",
      sector: "logistics",
      type: "INVESTMENT",
      value: "5,000,000",
      currency: "USD",
      parties_a_names: "Qingdao Port Group",
      venue_id: world.jinan.id,
      signed_at_local: "2020-07-30T15:00",
    };
    const text = [
      header,
      row(good),
      row({ ...good, title_en: "Bad value", value: "-3" }),
      row({ ...good, title_en: "Multi\nline title", currency: "ABC" }),
      row({ ...good, title_en: "Foreign party", parties_a_ids: world.foreignParty.id }),
    ].join("\r\n");
    const before = await snapshotCounts();
    const dry = await importAgreementsCsv(world.actors.owner, { eventId: world.event.id, file: bytes(text), mode: "dry-run" });
    if (!dry.ok) throw new Error(english(dry.message));
    expect(dry.data.toCreate.map((x) => x.line)).toEqual([2]);
    expect(dry.data.errors.map((e) => e.line)).toEqual([3, 4, 6]);
    expect(english(dry.data.errors[0].reason)).toMatch(/negative/);
    expect(english(dry.data.errors[1].reason)).toMatch(/currency/i);
    const confirm = await importAgreementsCsv(world.actors.owner, { eventId: world.event.id, file: bytes(text), mode: "confirm" });
    expect(!confirm.ok && confirm.code).toBe("invalid");
    expect(await snapshotCounts()).toEqual(before);

    const onlyGood = [header, row(good), row({ ...good, title_en: "Second hub" })].join("\n");
    const ok = await importAgreementsCsv(world.actors.owner, { eventId: world.event.id, file: bytes(onlyGood), mode: "confirm" });
    expect(ok.ok && ok.data.created).toBe(2);
    // the name used on both rows becomes one new party
    expect(await db().party.count({ where: { name: { path: ["en"], equals: "Qingdao Port Group" } } })).toBe(1);
    const again = await importAgreementsCsv(world.actors.owner, { eventId: world.event.id, file: bytes(onlyGood), mode: "dry-run" });
    expect(again.ok && again.data.duplicates).toHaveLength(2);
  });

  it.each([
    ["wrong columns", bytes("title,value\nx,1\n"), /header row/],
    ["bad encoding", new Uint8Array([...bytes(`${header}\n`), 0x93, 0x8c, 0x8b, 0x9e]), /not valid UTF-8/],
    ["over 5 MB", new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41), /limit is 5 MB/],
  ])("rejects %s with a clear reason", async (_n, file, reason) => {
    const r = await importAgreementsCsv(world.actors.admin, { eventId: world.event.id, file, mode: "dry-run" });
    expect(!r.ok && english(r.message)).toMatch(reason);
  });

  it("rejects a 100,000-row file with the row limit", async () => {
    const line = row({ title_en: "x", sector: "other", type: "MOU" });
    const text = `${header}\n${Array.from({ length: 100_000 }, () => line).join("\n")}`;
    const before = await snapshotCounts();
    const r = await importAgreementsCsv(world.actors.admin, { eventId: world.event.id, file: bytes(text), mode: "confirm" });
    expect(!r.ok && english(r.message)).toMatch(/more than 5,000 rows/);
    expect(await snapshotCounts()).toEqual(before);
  });
});

describe("import writes", () => {
  it("writes each row as the form does: same agreement view in the row and its audit entry, parties linked", async () => {
    const text = [
      header,
      row({
        title_en: "Imported view check",
        title_zh: "导入检查",
        sector: "logistics",
        type: "INVESTMENT",
        value: "2,500,000.25",
        currency: "USD",
        city_a_en: "Jinan",
        session_id: world.session.id,
        venue_id: world.tokyo.id,
        signed_at_local: "2020-07-30T16:00",
        parties_a_ids: world.party.id,
        parties_b_names: "Imported Partner KK",
        visibility: "INTERNAL",
        status: "IN_PROGRESS",
      }),
    ].join("\n");
    const before = await snapshotCounts();
    const r = await importAgreementsCsv(world.actors.owner, { eventId: world.event.id, file: bytes(text), mode: "confirm" });
    expect(r.ok && r.data.created).toBe(1);
    expect(await snapshotCounts()).toEqual({
      ...before,
      agreements: before.agreements + 1,
      parties: before.parties + 1,
      links: before.links + 2,
      audits: before.audits + 1,
    });
    const saved = await db().agreement.findFirstOrThrow({
      where: { title: { path: ["en"], equals: "Imported view check" } },
      select: AGREEMENT_SELECT,
    });
    const view = toAgreementView(saved);
    expect(view).toMatchObject({
      valueMinor: "250000025",
      currency: "USD",
      venueId: world.tokyo.id,
      sessionId: world.session.id,
      signedAt: "2020-07-30T07:00:00.000Z", // 16:00 in Tokyo (UTC+9)
      status: "IN_PROGRESS",
      visibility: "INTERNAL",
      version: 1,
    });
    expect(view.parties.map((p) => [p.side, p.name.en])).toEqual(
      expect.arrayContaining([
        ["A", expect.any(String)],
        ["B", "Imported Partner KK"],
      ]),
    );
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "Agreement", entityId: saved.id },
      select: { action: true, after: true },
    });
    expect(audit).toEqual({ action: "create", after: JSON.parse(JSON.stringify(view)) });
  });

  it("is all or nothing: a failure while writing a later batch leaves no row of the file", async () => {
    const n = BATCH_ROWS + 20;
    const text = [
      header,
      ...Array.from({ length: n }, (_, i) => row({ title_en: `All or nothing ${i}`, sector: "logistics", type: "MOU" })),
    ].join("\n");
    // A real database failure on a row of the second batch (a trigger in this test's database).
    await db().$executeRawUnsafe(`CREATE FUNCTION accord_test_refuse() RETURNS trigger AS $$
      BEGIN IF NEW.title->>'en' = 'All or nothing ${n - 1}' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db().$executeRawUnsafe(
      `CREATE TRIGGER accord_test_refuse BEFORE INSERT ON "Agreement" FOR EACH ROW EXECUTE FUNCTION accord_test_refuse()`,
    );
    const before = await snapshotCounts();
    try {
      await expect(
        importAgreementsCsv(world.actors.owner, { eventId: world.event.id, file: bytes(text), mode: "confirm" }),
      ).rejects.toThrow();
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER accord_test_refuse ON "Agreement"`);
      await db().$executeRawUnsafe(`DROP FUNCTION accord_test_refuse()`);
    }
    expect(await snapshotCounts()).toEqual(before);
    const again = await importAgreementsCsv(world.actors.owner, { eventId: world.event.id, file: bytes(text), mode: "confirm" });
    expect(again.ok && again.data.created).toBe(n);
  }, 120_000);
});

describe("double confirm (two tabs, one file)", () => {
  const file = () =>
    bytes(
      [
        header,
        ...Array.from({ length: 30 }, (_, i) =>
          row({ title_en: `Twice ${i}`, sector: "logistics", type: "MOU", parties_b_names: "Twin Tabs KK" }),
        ),
      ].join("\n"),
    );
  const twiceCount = () =>
    db().agreement.count({ where: { eventId: world.event.id, title: { path: ["en"], string_starts_with: "Twice " } } });
  const check = async () => {
    const dry = await importAgreementsCsv(world.actors.owner, { eventId: world.event.id, file: file(), mode: "dry-run" });
    if (!dry.ok || !dry.data.uploadToken) throw new Error("check failed");
    return dry.data.uploadToken;
  };
  const confirm = (uploadToken: string) =>
    importAgreementsCsv(world.actors.owner, { eventId: world.event.id, uploadToken, mode: "confirm" });

  it("two confirms of the same file checked in two tabs at once: one imports it, the other is told it was already confirmed", async () => {
    const [tokenA, tokenB] = [await check(), await check()];
    const before = await snapshotCounts();
    const [a, b] = await Promise.all([tokenA, tokenB].map(confirm));
    const done = [a, b].filter((r) => r.ok);
    const refused = [a, b].filter((r) => !r.ok).map(inEnglish);
    expect(done).toHaveLength(1);
    expect(done[0].ok && done[0].data.created).toBe(30);
    expect(refused).toEqual([
      expect.objectContaining({ ok: false, code: "conflict", message: expect.stringMatching(/already (been )?confirmed/) }),
    ]);
    expect(await twiceCount()).toBe(30);
    expect(await db().party.count({ where: { name: { path: ["en"], equals: "Twin Tabs KK" } } })).toBe(1);
    expect(await snapshotCounts()).toEqual({
      ...before,
      agreements: before.agreements + 30,
      parties: before.parties + 1,
      links: before.links + 30,
      audits: before.audits + 30,
    });
  });

  it("the second tab's confirm, sent after the first one finished, is told it was already confirmed and changes nothing", async () => {
    await db().agreement.deleteMany({ where: { eventId: world.event.id, title: { path: ["en"], string_starts_with: "Twice " } } });
    const [first, second] = [await check(), await check()];
    const done = await confirm(first);
    expect(done.ok && done.data.created).toBe(30);
    const before = await snapshotCounts();
    expect(inEnglish(await confirm(second))).toMatchObject({
      ok: false,
      code: "conflict",
      message: expect.stringMatching(/already (been )?confirmed/),
    });
    expect(await snapshotCounts()).toEqual(before);
    expect(await twiceCount()).toBe(30);
    // The file itself, posted and confirmed again without a check, is only re-checked: nothing new.
    const again = await importAgreementsCsv(world.actors.owner, { eventId: world.event.id, file: file(), mode: "confirm" });
    expect(again.ok && { created: again.data.created, duplicates: again.data.duplicates.length }).toEqual({ created: 0, duplicates: 30 });
  });

  it("the same confirm sent twice at once (one token), or the file posted with two confirms: one import, one clear refusal", async () => {
    await db().agreement.deleteMany({ where: { eventId: world.event.id, title: { path: ["en"], string_starts_with: "Twice " } } });
    const token = await check();
    const sameToken = await Promise.all([0, 1].map(() => confirm(token)));
    expect(sameToken.filter((r) => r.ok)).toHaveLength(1);
    expect(sameToken.filter((r) => !r.ok).map(inEnglish)).toEqual([
      expect.objectContaining({ ok: false, message: expect.stringMatching(/already imported/) }),
    ]);
    expect(await twiceCount()).toBe(30);

    await db().agreement.deleteMany({ where: { eventId: world.event.id, title: { path: ["en"], string_starts_with: "Twice " } } });
    const posted = await Promise.all(
      [0, 1].map(() => importAgreementsCsv(world.actors.owner, { eventId: world.event.id, file: file(), mode: "confirm" })),
    );
    // The file posted again is checked again: the late one finds every row in the register
    // (duplicates, nothing created) or is refused as already confirmed, never a server error.
    expect(posted.filter((r) => r.ok && r.data.created === 30)).toHaveLength(1);
    for (const r of posted.filter((r) => !(r.ok && r.data.created === 30)).map(inEnglish))
      expect(r).toSatisfy((x: typeof r) => (x.ok ? x.data.created === 0 && x.data.duplicates.length === 30 : x.code === "conflict"));
    expect(await twiceCount()).toBe(30);
  });
});

describe("confirm after a row was saved meanwhile; unique keys in raw statements", () => {
  it("a row's key saved through the form between the check and the confirm: that row is skipped as a duplicate, the rest imported", async () => {
    const key = randomUUID();
    const text = [
      header,
      row({ title_en: "Meanwhile one", sector: "logistics", type: "MOU", idempotency_key: key }),
      row({ title_en: "Meanwhile two", sector: "logistics", type: "MOU" }),
    ].join("\n");
    const dry = await importAgreementsCsv(world.actors.owner, { eventId: world.event.id, file: bytes(text), mode: "dry-run" });
    if (!dry.ok || !dry.data.uploadToken) throw new Error("check failed");
    expect((await createAgreement(world.actors.owner, agreementInput(world, { idempotencyKey: key }))).ok).toBe(true);
    const r = await importAgreementsCsv(world.actors.owner, {
      eventId: world.event.id,
      uploadToken: dry.data.uploadToken,
      mode: "confirm",
    });
    expect(r.ok && { created: r.data.created, duplicates: r.data.duplicates.map((d) => d.line) }).toEqual({ created: 1, duplicates: [2] });
    expect(await db().agreement.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it("a unique key refused inside a raw statement counts as a unique violation; other database errors do not", async () => {
    const [taken] = await db().agreement.findMany({ where: { idempotencyKey: { not: null } }, select: { idempotencyKey: true }, take: 1 });
    const duplicate = await db()
      .$executeRaw`UPDATE "Agreement" SET "idempotencyKey" = ${taken.idempotencyKey} WHERE id = (SELECT id FROM "Agreement" WHERE "idempotencyKey" IS DISTINCT FROM ${taken.idempotencyKey} LIMIT 1)`.catch(
      (e: unknown) => e,
    );
    expect(isUniqueViolation(duplicate)).toBe(true);
    const other = await db()
      .$executeRaw`UPDATE "Agreement" SET "eventId" = 'no-such-event' WHERE id = (SELECT id FROM "Agreement" LIMIT 1)`.catch(
      (e: unknown) => e,
    );
    expect(other).toBeInstanceOf(Error);
    expect(isUniqueViolation(other)).toBe(false);
  });
});
