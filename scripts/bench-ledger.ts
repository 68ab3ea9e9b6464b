// `npm run bench:ledger`: issue 19's project ledger. One organization with 5,000 agreements
// over 50 events (milestones, funds and owners on most of them), in a fresh database on the
// test server (TEST_DATABASE_URL / DATABASE_URL's server, else 127.0.0.1:5432). Measures the
// ledger's first page as the page reads it (listLedger: the rows, the count and the pickers,
// through the app's own Prisma client and pool), p50/p95 over 60 calls after 10 warm-ups, and
// the SQL statements it sends, compared with an organization of 100 agreements. Target:
// p95 < 300 ms, the same statement count for both. Drops its database at the end
// (scripts/bench/scratch-database.ts).
import { performance } from "node:perf_hooks";
import { runScratchBench } from "./bench/scratch-database.ts";
import { percentile } from "./bench/stats.ts";

const AGREEMENTS = Number(process.env.BENCH_AGREEMENTS ?? 5_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 50);
const RUNS = 60;

const TYPES = ["contract_signed", "approvals", "land_secured", "construction_started", "funds_in_place", "operation_started", "completed"];
const SECTORS = [
  "medical-health",
  "high-end-equipment",
  "new-energy",
  "logistics",
  "agriculture-food",
  "chemicals",
  "digital-economy",
  "culture-tourism",
];
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

await runScratchBench("ledger", async () => {
  const { db } = await import("../server/db/client.ts");
  const { listLedger } = await import("../server/ledger/list-ledger.ts");
  const { countQueries } = await import("../server/ledger/count-queries.ts");
  const { resolveCurrentUser } = await import("../server/auth/resolve-current-user.ts");
  const p = db();

  async function organization(slug: string, agreements: number, events: number) {
    const org = await p.organization.create({ data: { slug, name: { en: slug }, country: "CN" }, select: { id: true } });
    const user = await p.user.create({
      data: { email: `${slug}@bench.test`, name: `Owner ${slug}`, role: "ORGANIZER", passwordHash: "x" },
      select: { id: true },
    });
    await p.membership.create({ data: { userId: user.id, organizationId: org.id, role: "OWNER" } });
    const eventIds: string[] = [];
    for (let e = 0; e < events; e++) {
      const year = 2016 + (e % 10);
      const ev = await p.event.create({
        data: {
          organizationId: org.id,
          slug: `${slug}-e${e}`,
          status: "PUBLISHED",
          title: { en: `Event ${e}`, zh: `活动 ${e}` },
          sideAName: { en: "A" },
          sideBName: { en: "B" },
          languages: ["zh", "ja", "en"],
          primaryTimeZone: "Asia/Shanghai",
          startDate: day(year, 7, 1 + (e % 27)),
          endDate: day(year, 7, 2 + (e % 27)),
        },
        select: { id: true },
      });
      eventIds.push(ev.id);
    }
    const rows = Array.from({ length: agreements }, (_, i) => ({
      id: `${slug}-a${i}`,
      eventId: eventIds[i % events],
      title: { en: `Project ${i}`, zh: `项目 ${i}` },
      sector: SECTORS[i % SECTORS.length],
      type: "MOU" as const,
      cityA: { en: "Jinan", zh: "济南" },
      cityB: { en: "Osaka", ja: "大阪" },
      signedAt: new Date(Date.UTC(2016 + (i % 10), 6, 1, 3, i % 60)),
    }));
    for (let i = 0; i < rows.length; i += 1000) await p.agreement.createMany({ data: rows.slice(i, i + 1000) });
    const milestones = rows.flatMap((a, i) =>
      TYPES.slice(0, i % 5).map((typeKey, k) => ({
        agreementId: a.id,
        typeKey,
        dueOn: day(2017 + k, 3, 1),
        doneOn: k < 2 ? day(2017 + k, 2, 1) : null,
      })),
    );
    for (let i = 0; i < milestones.length; i += 2000) await p.agreementMilestone.createMany({ data: milestones.slice(i, i + 2000) });
    const funds = rows
      .filter((_, i) => i % 2 === 0)
      .map((a, i) => ({ agreementId: a.id, currency: i % 3 === 0 ? "JPY" : "CNY", committedMinor: 1_000_000n, receivedMinor: 500_000n }));
    for (let i = 0; i < funds.length; i += 2000) await p.agreementFund.createMany({ data: funds.slice(i, i + 2000) });
    await p.agreementFollowUp.createMany({
      data: rows.filter((_, i) => i % 3 === 0).map((a) => ({ agreementId: a.id, ownerId: user.id })),
    });
    const session = await p.authSession.create({
      data: { userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) },
      select: { id: true },
    });
    const actor = await resolveCurrentUser({ uid: user.id, sid: session.id });
    if (!actor) throw new Error("bench caller did not resolve");
    return { orgId: org.id, actor };
  }

  const t0 = performance.now();
  const big = await organization("bench-big", AGREEMENTS, EVENTS);
  const small = await organization("bench-small", 100, 2);
  console.error(`bench:ledger: generated ${AGREEMENTS} + 100 agreements in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const firstPage = (o: typeof big) => listLedger(o.actor, { organizationId: o.orgId });

  const probe = await firstPage(big);
  if (!probe.ok || probe.data.total !== AGREEMENTS || probe.data.rows.length !== 50)
    throw new Error(`unexpected first page: ${JSON.stringify(probe).slice(0, 300)}`);
  for (let i = 0; i < 10; i++) await firstPage(big);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    await firstPage(big);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const q = (f: number) => percentile(times, f * 100);
  const overdue = performance.now();
  await listLedger(big.actor, { organizationId: big.orgId, overdue: "1" });
  const overdueMs = performance.now() - overdue;
  // The year view (issue 19) of one year: 5 of the 50 events, a tenth of the agreements.
  const { getYearView } = await import("../server/ledger/get-year-view.ts");
  const yearView = (o: typeof big) => getYearView(o.actor, { organizationId: o.orgId, year: 2016 });
  const yearProbe = await yearView(big);
  if (!yearProbe.ok || yearProbe.data.events.length !== EVENTS / 10) throw new Error("unexpected year view");
  const yearTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const s = performance.now();
    await yearView(big);
    yearTimes.push(performance.now() - s);
  }
  yearTimes.sort((a, b) => a - b);
  const bigQueries = (await countQueries(() => firstPage(big))).queries;
  const smallQueries = (await countQueries(() => firstPage(small))).queries;
  return {
    agreements: AGREEMENTS,
    events: EVENTS,
    runs: RUNS,
    firstPageMs: { p50: +q(0.5).toFixed(1), p95: +q(0.95).toFixed(1), max: +times[times.length - 1].toFixed(1) },
    overdueFilterMs: +overdueMs.toFixed(1),
    yearView: {
      agreements: yearProbe.data.totals.agreements,
      p50: +percentile(yearTimes, 50).toFixed(1),
      p95: +percentile(yearTimes, 95).toFixed(1),
    },
    statements: { agreements5000: bigQueries, agreements100: smallQueries },
    target: "p95 < 300 ms, statements independent of the number of agreements",
    pass: q(0.95) < 300 && bigQueries === smallQueries,
  };
});
