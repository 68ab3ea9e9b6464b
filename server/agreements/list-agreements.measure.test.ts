// Measurement, skipped in the suite: the agreements list of an event with 5,000 agreements
// (issue 17: the page took 1.3 s idle with its old 2,000-row cap). Prints, for the old read
// (2,000 rows in full) and the paged read (listAgreements), the time over 20 calls, the SQL
// statements sent and PostgreSQL's plan (EXPLAIN ANALYZE) of each statement of a page.
//   ACCORD_MEASURE_LIST=1 npx vitest run server/agreements/list-agreements.measure.test.ts
import pg from "pg";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { listAgreements } from "./list-agreements.ts";
import { AGREEMENT_SELECT, toAgreementView } from "./agreement-view.ts";
import { createAgreementWorld } from "./agreement-test-fixture.ts";
import { summarize } from "@/scripts/bench/stats";

useTestDatabase();
const ROWS = Number(process.env.ACCORD_MEASURE_ROWS ?? 5_000);

/** Runs `run` and returns the statements it sent (text and values). */
async function capture(run: () => Promise<unknown>): Promise<{ text: string; values: unknown[] }[]> {
  const original = pg.Client.prototype.query;
  const sent: { text: string; values: unknown[] }[] = [];
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [q, v] = args as [string | { text: string; values?: unknown[] }, unknown[]?];
    if (typeof q === "string") sent.push({ text: q, values: v ?? [] });
    else if (q && typeof q === "object" && "text" in q) sent.push({ text: q.text, values: q.values ?? v ?? [] });
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await run();
  } finally {
    pg.Client.prototype.query = original;
  }
  return sent.filter((s) => /^\s*(SELECT|WITH)/i.test(s.text));
}

async function time(run: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  const s = summarize(times);
  return `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms`;
}

describe.skipIf(!process.env.ACCORD_MEASURE_LIST)(`agreements list with ${ROWS} agreements`, () => {
  it("measures", async () => {
    const world = await createAgreementWorld();
    const ids = Array.from({ length: ROWS }, (_, i) => `measure-${i}`);
    await db().agreement.createMany({
      data: ids.map((id, i) => ({
        id,
        eventId: world.event.id,
        title: { en: `Agreement ${i}`, zh: `协议 ${i}` },
        sector: "logistics",
        type: "MOU" as const,
        venueId: world.jinan.id,
        signedAt: new Date(Date.UTC(2020, 6, 30, 3, i % 60)),
        updatedAt: new Date(),
      })),
    });
    await db().agreementParty.createMany({
      data: ids.map((agreementId) => ({ agreementId, partyId: world.party.id, side: "A" as const })),
    });
    const where = { eventId: world.event.id, visibility: undefined };
    const orderBy = [{ signedAt: { sort: "desc" as const, nulls: "last" as const } }, { createdAt: "desc" as const }];
    const oldRead = async () =>
      (await db().agreement.findMany({ where, orderBy, take: 2_000, select: AGREEMENT_SELECT })).map(toAgreementView);
    const page = () => listAgreements(world.actors.admin, { eventId: world.event.id, page: "7" });
    const search = () => listAgreements(world.actors.admin, { eventId: world.event.id, q: "agreement 12" });
    const first = await page();
    expect(first.ok && first.data.items.length).toBe(50);

    const lines = [
      `old read, 2,000 rows in full: ${await time(oldRead)}, ${(await capture(oldRead)).length} statements`,
      `page 7 of ${ROWS / 50}: ${await time(page)}, ${(await capture(page)).length} statements`,
      `title search "agreement 12": ${await time(search)}, ${(await capture(search)).length} statements`,
    ];
    for (const s of await capture(page)) {
      const plan = await db().$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ANALYZE ${s.text}`, ...s.values);
      lines.push(`--- ${s.text.replace(/\s+/g, " ").slice(0, 160)}…`, ...plan.map((p) => p["QUERY PLAN"]));
    }
    console.log(lines.join("\n"));
  }, 300_000);
});
