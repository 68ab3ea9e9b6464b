// Measurement, skipped in the suite (minutes of work): times public page reads and an agreement
// save while a 5,000-row CSV import runs, and prints the numbers.
//   ACCORD_MEASURE_IMPORT=1 npx vitest run server/agreements/import-load.measure.test.ts
import { describe, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { importAgreementsCsv } from "./import-agreements-csv.ts";
import { createAgreement } from "./create-agreement.ts";
import { AGREEMENT_CSV_COLUMNS } from "@/lib/agreements/csv-columns.ts";
import { agreementInput, createAgreementWorld } from "./agreement-test-fixture.ts";
import { listPublishedEvents } from "../events/list-published-events.ts";
import { getPublicEvent } from "../events/get-public-event.ts";
import { english } from "@/lib/i18n/server-messages/translate-message";

useTestDatabase();
const header = AGREEMENT_CSV_COLUMNS.join(",");
const row = (v: Partial<Record<(typeof AGREEMENT_CSV_COLUMNS)[number], string>>) => AGREEMENT_CSV_COLUMNS.map((c) => v[c] ?? "").join(",");

describe.skipIf(!process.env.ACCORD_MEASURE_IMPORT)("5,000-row import under load", () => {
  it("measures", async () => {
    const world = await createAgreementWorld();
    const slug = (await db().event.findUniqueOrThrow({ where: { id: world.event.id }, select: { slug: true } })).slug;
    const page = async () => {
      const t = performance.now();
      await Promise.all([listPublishedEvents(), getPublicEvent(slug)]);
      return performance.now() - t;
    };
    const idle: number[] = [];
    for (let i = 0; i < 20; i++) idle.push(await page());
    const text = [
      header,
      ...Array.from({ length: 5000 }, (_, i) =>
        row({ title_en: `Row ${i}`, sector: "logistics", type: "MOU", parties_a_names: `Party ${i % 50}` }),
      ),
    ].join("\n");
    let t = performance.now();
    const dry = await importAgreementsCsv(world.actors.owner, {
      eventId: world.event.id,
      file: new TextEncoder().encode(text),
      mode: "dry-run",
    });
    const dryMs = performance.now() - t;
    if (!dry.ok) throw new Error(english(dry.message));
    const busy: number[] = [];
    const saves: number[] = [];
    let done = false;
    t = performance.now();
    const run = importAgreementsCsv(world.actors.owner, {
      eventId: world.event.id,
      uploadToken: dry.data.uploadToken,
      mode: "confirm",
    }).finally(() => {
      done = true;
    });
    let k = 0;
    while (!done) {
      busy.push(await page());
      if (k++ % 10 === 0) {
        const s = performance.now();
        await createAgreement(world.actors.owner, agreementInput(world, { idempotencyKey: crypto.randomUUID() }));
        saves.push(performance.now() - s);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    const r = await run;
    const importMs = performance.now() - t;
    const stat = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return {
        n: s.length,
        median: Math.round(s[Math.floor(s.length / 2)]),
        p95: Math.round(s[Math.floor(s.length * 0.95)]),
        max: Math.round(s[s.length - 1]),
      };
    };
    console.log(
      JSON.stringify({
        created: r.ok && r.data.created,
        dryMs: Math.round(dryMs),
        importMs: Math.round(importMs),
        idle: stat(idle),
        busy: stat(busy),
        saves: stat(saves),
      }),
    );
  }, 900_000);
});
