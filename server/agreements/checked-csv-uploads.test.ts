import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { BATCH_ROWS, importAgreementsCsv } from "./import-agreements-csv.ts";
import { AGREEMENT_CSV_COLUMNS } from "@/lib/agreements/csv-columns.ts";
import { createMultiVenueEvent } from "@/prisma/seed/factories";
import { createAgreementWorld, type AgreementWorld } from "./agreement-test-fixture.ts";
import { english, inEnglish } from "@/server/testing/in-english";

useTestDatabase();
let world: AgreementWorld;
const bytes = (text: string) => new TextEncoder().encode(text);
const header = AGREEMENT_CSV_COLUMNS.join(",");
const row = (values: Partial<Record<(typeof AGREEMENT_CSV_COLUMNS)[number], string>>) =>
  AGREEMENT_CSV_COLUMNS.map((c) => values[c] ?? "").join(",");
const csv = (titles: string[]) =>
  [header, ...titles.map((t) => row({ title_en: t, sector: "logistics", type: "MOU", parties_a_names: "Port Group" }))].join("\n");
const count = () => db().agreement.count({ where: { eventId: world.event.id } });

beforeAll(async () => {
  world = await createAgreementWorld();
});

async function check(text: string, actor = world.actors.owner) {
  const dry = await importAgreementsCsv(actor, { eventId: world.event.id, file: bytes(text), mode: "dry-run" });
  if (!dry.ok) throw new Error(english(dry.message));
  return dry.data;
}

describe("confirm imports the checked file, once", () => {
  it("imports exactly the checked rows with no file sent again; a second confirm imports nothing more", async () => {
    const checked = await check(csv(["Cold-chain hub", "Hydrogen corridor"]));
    expect(checked.uploadToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const before = await count();
    const confirm = () =>
      importAgreementsCsv(world.actors.owner, { eventId: world.event.id, uploadToken: checked.uploadToken, mode: "confirm" });
    const [first, second] = await Promise.all([confirm(), confirm()]); // a double submit
    const results = [first, second];
    expect(results.filter((r) => r.ok).map((r) => r.ok && r.data.created)).toEqual([2]);
    expect(inEnglish(results.find((r) => !r.ok)!)).toMatchObject({
      ok: false,
      code: "invalid",
      message: expect.stringMatching(/expired or was already imported/),
    });
    expect(await count()).toBe(before + 2);
    const titles = await db().agreement.findMany({ where: { eventId: world.event.id }, select: { title: true } });
    expect(titles.map((t) => (t.title as { en: string }).en)).toEqual(expect.arrayContaining(["Cold-chain hub", "Hydrogen corridor"]));
    expect(
      await importAgreementsCsv(world.actors.owner, { eventId: world.event.id, uploadToken: checked.uploadToken, mode: "confirm" }),
    ).toMatchObject({ ok: false });
    expect(await count()).toBe(before + 2);
  });

  it("refuses a token of another user, another event, an expired one or a made-up one, importing nothing", async () => {
    const checked = await check(csv(["Joint lab"]));
    const token = checked.uploadToken!;
    const before = await count();
    const other = await createMultiVenueEvent(db(), { orgId: world.orgId, event: { status: "PUBLISHED" } });
    expect(await importAgreementsCsv(world.actors.member, { eventId: world.event.id, uploadToken: token, mode: "confirm" })).toMatchObject({
      ok: false,
    });
    expect(await importAgreementsCsv(world.actors.owner, { eventId: other.event.id, uploadToken: token, mode: "confirm" })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(
      await importAgreementsCsv(world.actors.owner, { eventId: world.event.id, uploadToken: "made-up", mode: "confirm" }),
    ).toMatchObject({ ok: false, code: "invalid" });
    expect(
      await importAgreementsCsv(world.actors.outsider, { eventId: world.event.id, uploadToken: token, mode: "confirm" }),
    ).toMatchObject({ ok: false, code: "not_found" });
    await db().csvImportUpload.update({ where: { id: token }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await importAgreementsCsv(world.actors.owner, { eventId: world.event.id, uploadToken: token, mode: "confirm" })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await count()).toBe(before);
  });

  it("keeps no token for a file with problems", async () => {
    const bad = [header, row({ title_en: "x", sector: "nope", type: "MOU" })].join("\n");
    expect((await check(bad)).uploadToken).toBeUndefined();
  });

  it(`imports more than one batch (${BATCH_ROWS} rows each) completely`, async () => {
    const n = BATCH_ROWS + 7;
    const checked = await check(csv(Array.from({ length: n }, (_, i) => `Batch row ${i}`)));
    const before = await count();
    const r = await importAgreementsCsv(world.actors.owner, { eventId: world.event.id, uploadToken: checked.uploadToken, mode: "confirm" });
    expect(r.ok && r.data.created).toBe(n);
    expect(await count()).toBe(before + n);
  }, 120_000);
});
