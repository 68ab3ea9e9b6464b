// `npm run bench:checkin:direct`: issue 20's target, 300 check-ins per minute at one venue with
// p95 < 200 ms. In a fresh database on the test server (TEST_DATABASE_URL / DATABASE_URL's
// server, else 127.0.0.1:5432): one event, 1,500 registrants at Tokyo, one steward. Calls
// checkIn (server/checkin/check-in.ts) as the scan page's action does, through the app's own
// Prisma client and pool: (1) 300 scans arriving at 5 per second (300/min, BENCH_SECONDS
// shortens it), each its own person; (2) a rush of 300 scans with 20 in flight at once;
// (3) 100 repeat scans of people already in. p50/p95/max per phase; every scan must give the
// expected answer and the database exactly one active check-in per person. Drops its database
// (scripts/bench/scratch-database.ts).
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { PACED, RUSH, RUSH_IN_FLIGHT, runCheckInPhases } from "./bench/checkin-phases.ts";
import { addCheckInRegistrants, BENCH_PEOPLE } from "./bench/checkin-registrants.ts";
import { runScratchBench } from "./bench/scratch-database.ts";
import { percentile } from "./bench/stats.ts";

const PEOPLE = BENCH_PEOPLE;

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const q = (p: number) => +percentile(sorted, p).toFixed(1);
  return { n: sorted.length, p50: q(50), p95: q(95), max: q(100) };
}

await runScratchBench("checkin", async () => {
  const { db } = await import("../server/db/client.ts");
  const { checkIn } = await import("../server/checkin/check-in.ts");
  const { createMultiVenueEvent, createUser } = await import("../prisma/seed/factories.ts");
  const p = db();
  const { event, tokyo } = await createMultiVenueEvent(p, { event: { status: "PUBLISHED" } });
  const steward = await createUser(p, { role: "DELEGATE" });
  await p.stewardGrant.create({ data: { eventId: event.id, venueId: tokyo.id, userId: steward.id } });
  const actor = { id: steward.id, email: steward.email, name: steward.name, role: steward.role, memberships: [] };
  await addCheckInRegistrants(p, event.id, tokyo.id, PEOPLE);
  const tokens = (await p.registration.findMany({ where: { eventId: event.id }, select: { checkInToken: true } })).map(
    (r) => r.checkInToken,
  );

  let wrong = 0;
  const scan = async (token: string, expected: string) => {
    const s = performance.now();
    const r = await checkIn(actor, {
      eventId: event.id,
      venueId: tokyo.id,
      token,
      clientScanId: randomUUID(),
      scannedAt: new Date().toISOString(),
    });
    const ms = performance.now() - s;
    if (!r.ok || r.data.status !== expected) wrong++;
    return ms;
  };
  for (let i = 0; i < 10; i++)
    await checkIn(actor, {
      eventId: event.id,
      venueId: "warm-up",
      token: tokens[0],
      clientScanId: randomUUID(),
      scannedAt: new Date().toISOString(),
    });

  const { pacedTimes, pacedPerMinute, rushTimes, rushPerMinute, repeatTimes } = await runCheckInPhases(tokens, scan);

  const active = await p.checkIn.count({ where: { eventId: event.id, undoneAt: null } });
  const perPerson = await p.$queryRaw<
    { n: bigint }[]
  >`SELECT count(*) AS n FROM (SELECT "registrationId" FROM "CheckIn" WHERE "undoneAt" IS NULL GROUP BY 1 HAVING count(*) > 1) d`;
  const pacedStats = stats(pacedTimes);
  const rushStats = stats(rushTimes);
  return {
    registrants: PEOPLE,
    paced: { ...pacedStats, perMinute: pacedPerMinute },
    rush: { ...rushStats, inFlight: RUSH_IN_FLIGHT, perMinute: rushPerMinute },
    repeatScans: stats(repeatTimes),
    activeCheckIns: active,
    wrongAnswers: wrong,
    target: "300 check-ins/min at one venue, p95 < 200 ms; one active check-in per person",
    pass: wrong === 0 && active === PACED + RUSH && Number(perPerson[0]!.n) === 0 && pacedStats.p95 < 200,
  };
});
