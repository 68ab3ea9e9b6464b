// `npm run bench:checkin`: issue 20's target, 300 check-ins per minute at one venue with p95
// under 200 ms, measured over HTTP: the steward's scan action (`checkInAction` of
// app/check-in/[eventId]/actions.ts) posted to a running production server (`next start` on
// the existing build, BENCH_PORT, a fresh seeded database with 1,500 registrants at the demo
// event's Tokyo venue and one signed-in steward), exactly as the scan page's client sends it.
// Phases: (1) 300 scans arriving at 5 per second (BENCH_SECONDS shortens it), each its own
// person; (2) a rush of 300 with 20 in flight; (3) 100 repeat scans of people already in.
// Every answer must be the expected one and the database must hold one active check-in per
// person. `npm run bench:checkin:direct` times the server function alone (no HTTP).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { DEMO_EVENT } from "../prisma/seed/demo-event.ts";
import { createUser, FACTORY_PASSWORD } from "../prisma/seed/factories.ts";
import { adminUrl } from "../server/testing/admin-url.ts";
import { createSeededDatabase } from "./lib/seeded-database.ts";
import { findActionId, readActionManifest } from "./bench/action-ids.ts";
import { HttpClient } from "./bench/http-client.ts";
import { describeMachine } from "./bench/machine.ts";
import { signIn } from "./bench/sign-in.ts";
import { startBenchServer } from "./bench/start-server.ts";
import { summarize } from "./bench/stats.ts";
import { PACED, RUSH, RUSH_IN_FLIGHT, runCheckInPhases } from "./bench/checkin-phases.ts";
import { addCheckInRegistrants, BENCH_PEOPLE } from "./bench/checkin-registrants.ts";

const PORT = Number(process.env.BENCH_PORT ?? 3311);
const PEOPLE = BENCH_PEOPLE;
const TOKYO = "demo-venue-tokyo";
const round = (s: ReturnType<typeof summarize>) => ({ n: s.count, p50: +s.p50.toFixed(1), p95: +s.p95.toFixed(1), max: +s.max.toFixed(1) });

async function main() {
  const actionId = findActionId(readActionManifest(), "app/check-in/[eventId]/actions.ts", "checkInAction");
  const name = `accord_bench_checkin_${Date.now().toString(36)}`;
  let stewardEmail = "";
  const url = await createSeededDatabase(adminUrl(), name, {
    extra: async (p) => {
      const steward = await createUser(p, { email: `bench-steward@accord.test`, name: "Bench Steward" });
      stewardEmail = steward.email;
      await p.stewardGrant.create({ data: { eventId: DEMO_EVENT.id, venueId: TOKYO, userId: steward.id } });
      await addCheckInRegistrants(p, DEMO_EVENT.id, TOKYO, PEOPLE);
    },
  });
  const drop = async () => {
    const a = new pg.Client({ connectionString: adminUrl() });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await a.end();
  };
  const server = await startBenchServer(PORT, { database: { name, url, drop } });
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const tokens = (
      await db.query<{ checkInToken: string }>(`SELECT "checkInToken" FROM "Registration" WHERE "userId" LIKE 'bench-u%' ORDER BY "userId"`)
    ).rows.map((r) => r.checkInToken);
    const client = new HttpClient(server.baseUrl, RUSH_IN_FLIGHT);
    await signIn(client, stewardEmail, FACTORY_PASSWORD);
    const page = `/check-in/${DEMO_EVENT.id}`;

    let wrong = 0;
    const answers: Record<string, number> = {};
    const scan = async (token: string, expected: string): Promise<number> => {
      const input = { eventId: DEMO_EVENT.id, venueId: TOKYO, token, clientScanId: randomUUID(), scannedAt: new Date().toISOString() };
      const res = await client.request(page, {
        method: "POST",
        // A client call with one plain object: React's encodeReply sends it as JSON text.
        headers: { "content-type": "text/plain;charset=UTF-8", "next-action": actionId, accept: "text/x-component", origin: client.origin },
        body: JSON.stringify([input]),
        keepBody: true,
      });
      const status = /"status":"(checked_in|already|other_venue)"/.exec(res.body)?.[1] ?? `http ${res.status} ${res.body.slice(0, 120)}`;
      answers[status] = (answers[status] ?? 0) + 1;
      if (status !== expected) wrong++;
      return res.ms;
    };
    // Warm-up (the action's code path, the pool's connections) with ten people no phase scans.
    for (let i = 0; i < 10; i++) await scan(tokens[PEOPLE - 1 - i]!, "checked_in");
    wrong = 0;
    for (const k of Object.keys(answers)) delete answers[k];

    const { pacedTimes, pacedPerMinute, rushTimes, rushPerMinute, repeatTimes } = await runCheckInPhases(tokens, scan);

    const active = Number(
      (
        await db.query(
          `SELECT count(*) AS n FROM "CheckIn" WHERE "undoneAt" IS NULL AND "registrationId" IN (SELECT id FROM "Registration" WHERE "userId" LIKE 'bench-u%')`,
        )
      ).rows[0].n,
    );
    const doubled = Number(
      (
        await db.query(
          `SELECT count(*) AS n FROM (SELECT "registrationId" FROM "CheckIn" WHERE "undoneAt" IS NULL GROUP BY "registrationId", "sessionId" HAVING count(*) > 1) d`,
        )
      ).rows[0].n,
    );
    const pacedStats = round(summarize(pacedTimes));
    const expectedActive = PACED + RUSH + 10;
    const ok = wrong === 0 && active === expectedActive && doubled === 0 && pacedStats.p95 < 200;
    console.log(
      JSON.stringify(
        {
          over: `HTTP: POST ${page} (Next-Action checkInAction) to next start on ${server.baseUrl}`,
          registrants: PEOPLE,
          paced: { ...pacedStats, perMinute: pacedPerMinute },
          rush: { ...round(summarize(rushTimes)), inFlight: RUSH_IN_FLIGHT, perMinute: rushPerMinute },
          repeatScans: round(summarize(repeatTimes)),
          answers,
          activeCheckIns: active,
          wrongAnswers: wrong,
          target: "300 check-ins/min at one venue, p95 < 200 ms; one active check-in per person",
          pass: ok,
        },
        null,
        2,
      ),
    );
    console.log(await describeMachine(url, server.pid));
    client.close();
    if (!ok) process.exitCode = 1;
  } finally {
    await db.end();
    await server.stop();
    await drop().catch((e) => console.error(`bench:checkin: could not drop ${name}: ${e}`));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
