import { writeFileSync } from "node:fs";
import pg from "pg";
import { openViewers } from "../bench/sse-viewers.ts";
import { actionId, HANG_MS, signIn, sleep, timedFetch } from "./http.ts";
import { checkWrites } from "./write-consistency.ts";
import { startTraffic, type Sample } from "./traffic.ts";
import { check, type DrillContext, type DrillResult } from "./types.ts";
import { DEMO_PASSWORD, DEMO_SLUG, DEMO_USERS } from "./world.ts";

// Drill 1: PostgreSQL restarts while readers and writers use the app. The server process
// must survive, answer quickly (503, no hangs) while the database is away, serve reads and
// writes within 5 s of PostgreSQL accepting connections again, leave no partial write, and
// its LISTEN connection for the live tally must come back (a board sees a later change).

const LABEL = "Drill restart";
const FAST_MS = 3_000;
const RECOVERY_MS = 5_000;

/** Polls PostgreSQL directly: when it stopped accepting connections and when it accepted again. */
async function watchPostgres(url: string, restart: Promise<void>): Promise<{ down: number; up: number }> {
  let down = NaN;
  let done = false;
  void restart.finally(() => (done = true));
  for (;;) {
    const at = performance.now();
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 500 });
    c.on("error", () => {});
    const ok = await c
      .connect()
      .then(() => c.query("SELECT 1"))
      .then(
        () => true,
        () => false,
      );
    await c.end().catch(() => {});
    if (!ok && Number.isNaN(down)) down = at;
    if (ok && !Number.isNaN(down)) return { down, up: performance.now() };
    if (ok && done) throw new Error("drill: the restart command finished but PostgreSQL never refused a connection");
    await sleep(50);
  }
}

const firstSuccessAfter = (samples: Sample[], kind: Sample["kind"], t: number) =>
  Math.min(...samples.filter((s) => s.kind === kind && s.ok && s.end > t).map((s) => s.end - t));
/** When the first request that then succeeded was sent (how soon the app let requests through again). */
const firstAdmittedAfter = (samples: Sample[], t: number) => Math.min(...samples.filter((s) => s.ok && s.end > t).map((s) => s.start - t));

export async function restartDrill(ctx: DrillContext): Promise<DrillResult> {
  const { server, world, cluster } = ctx;
  const pid = server.pid;
  const organizer = await signIn(server.baseUrl, DEMO_USERS.owner.email, DEMO_PASSWORD);
  const { viewers, agent } = await openViewers(`${server.baseUrl}/api/events/${DEMO_SLUG}/tally/stream`, 1, { batch: 1, pauseMs: 500 });
  const viewer = viewers[0];
  const traffic = startTraffic({
    baseUrl: server.baseUrl,
    world,
    organizer,
    readers: 4,
    writers: 2,
    label: LABEL,
    createAgreementId: actionId(ctx.actions, "app/organizer/events/[eventId]/agreements/actions.ts", "createAgreementAction"),
  });
  await sleep(5_000); // steady traffic first, so writes are in flight when PostgreSQL stops
  const restart = cluster.restart();
  const pgWindow = await watchPostgres(withPostgresDb(server.databaseUrl), restart);
  await restart;
  const deadline = performance.now() + 20_000;
  while (performance.now() < deadline) {
    if (
      Number.isFinite(firstSuccessAfter(traffic.samples, "read", pgWindow.up)) &&
      Number.isFinite(firstSuccessAfter(traffic.samples, "write", pgWindow.up))
    )
      break;
    await sleep(100);
  }
  await sleep(4_000);
  await traffic.stop();
  const samples = traffic.samples;

  // The live tally: a change written by "another process" (this drill, in SQL) after the restart.
  await sleep(1_000);
  const c = new pg.Client({ connectionString: server.databaseUrl });
  await c.connect();
  await c.query(
    `UPDATE "Agreement" SET status = 'CANCELLED' WHERE id = (SELECT id FROM "Agreement" WHERE "eventId" = $1 AND visibility = 'PUBLIC' AND status <> 'CANCELLED' ORDER BY id LIMIT 1)`,
    [world.eventId],
  );
  const expected = Number(
    (
      await c.query<{ n: string }>(
        `SELECT count(*) AS n FROM "Agreement" WHERE "eventId" = $1 AND visibility = 'PUBLIC' AND status <> 'CANCELLED'`,
        [world.eventId],
      )
    ).rows[0].n,
  );
  const notifiedAt = performance.now();
  await c.query(`SELECT pg_notify('accord_tally', $1)`, [world.eventId]);
  let boardMs = Infinity;
  while (performance.now() - notifiedAt < 10_000) {
    const hit = viewer.arrivals.find((a) => a.at >= notifiedAt && a.agreements === expected);
    if (hit) {
      boardMs = hit.at - notifiedAt;
      break;
    }
    await sleep(50);
  }
  const viewerError = viewer.error;
  for (const v of viewers) v.destroy();
  agent.destroy();
  const writes = await checkWrites(c, samples, LABEL);
  await c.end();

  if (process.env.DRILL_TRACE) {
    const rel = (t: number) => Math.round(t - pgWindow.up);
    writeFileSync(
      process.env.DRILL_TRACE,
      JSON.stringify(
        {
          downAtMs: rel(pgWindow.down),
          notifiedAt: rel(notifiedAt),
          viewer: { error: viewer.error, ended: viewer.ended, arrivals: viewer.arrivals.map((a) => [rel(a.at), a.agreements]) },
          samples: samples.map((s) => ({ ...s, start: rel(s.start), end: rel(s.end) })),
        },
        null,
        1,
      ),
    );
  }
  const health = await timedFetch(`${server.baseUrl}/api/health`);
  const outage = samples.filter((s) => s.start >= pgWindow.down && s.start <= pgWindow.up);
  const outageFailed = outage.filter((s) => !s.ok);
  const outageClear = outageFailed.filter((s) => s.unavailable).length;
  const actionAnswers = outageFailed.filter((s) => s.kind === "write" && s.unavailable && s.status !== 503);
  // Error answers must be fast; a request the app let through just as PostgreSQL came back
  // may be slow for the usual reasons (this machine) and is counted under recovery instead.
  const slowestOutage = Math.max(0, ...outageFailed.map((s) => s.end - s.start));
  const hung = samples.filter((s) => s.error === "hung" || s.end - s.start >= HANG_MS).length;
  const inFlight = samples.filter((s) => s.start < pgWindow.down && s.end > pgWindow.down);
  const readRecovery = firstSuccessAfter(samples, "read", pgWindow.up);
  const writeRecovery = firstSuccessAfter(samples, "write", pgWindow.up);
  const other = outageFailed.filter((s) => !s.unavailable);
  return {
    drill: "1. PostgreSQL restart under traffic",
    checks: [
      check(
        "server process alive, same pid",
        server.alive() && server.pid === pid && health.status === 200 ? `yes (pid ${pid})` : "no",
        "yes",
        server.alive() && health.status === 200,
      ),
      check("PostgreSQL refusing connections (ms)", pgWindow.up - pgWindow.down, "(measured)", true),
      check("requests sent during the outage that failed: slowest answer (ms)", slowestOutage, `≤ ${FAST_MS} ms`, slowestOutage <= FAST_MS),
      check(
        'of those failures, a clear "unavailable" answer (503 page; a form\'s own message)',
        `${outageClear} of ${outageFailed.length}`,
        "all",
        outageClear === outageFailed.length,
      ),
      check("requests that hung (15 s)", hung, "0", hung === 0),
      check(
        "PostgreSQL back → first request let through that succeeded, sent at (ms)",
        Math.max(0, firstAdmittedAfter(samples, pgWindow.up)),
        "(measured)",
        true,
      ),
      check("PostgreSQL back → first successful read answered (ms)", readRecovery, `≤ ${RECOVERY_MS} ms`, readRecovery <= RECOVERY_MS),
      check("PostgreSQL back → first successful write answered (ms)", writeRecovery, `≤ ${RECOVERY_MS} ms`, writeRecovery <= RECOVERY_MS),
      ...writes.checks,
      check("live tally board: change after the restart shown (ms after NOTIFY)", boardMs, `≤ ${RECOVERY_MS} ms`, boardMs <= RECOVERY_MS),
    ],
    notes: [
      `${samples.length} requests (${samples.filter((s) => s.kind === "write").length} writes) in ${Math.round((samples.at(-1)?.end ?? 0) - (samples[0]?.start ?? 0))} ms; ` +
        `${outage.length} started while PostgreSQL was away (${outage.filter((s) => s.shed).length} refused before reaching the database); ${inFlight.length} were in flight when it stopped ` +
        `(answers: ${inFlight.map((s) => s.status || s.error).join(", ") || "none"}).`,
      `Writes are server actions, which proxy.ts lets through so the form keeps what was typed: ${actionAnswers.length} of the outage's writes got the form's ` +
        `localized "unavailable" answer (${actionAnswers.filter((s) => s.shed).length} "not saved", ${actionAnswers.filter((s) => !s.shed).length} "may not have been saved"), the rest the 503 page.`,
      ...other
        .slice(0, 3)
        .map(
          (s) => `unclear failure during the outage: ${s.kind} HTTP ${s.status} ${s.error ?? ""} after ${Math.round(s.end - s.start)} ms`,
        ),
      ...writes.notes,
      `Live tally board: ${viewer.arrivals.length} updates received; ${viewerError ? `the stream failed: ${viewerError}` : "the stream stayed open through the restart"}.`,
    ],
  };
}

/** The drill's watcher connects to the maintenance database, not the app's. */
function withPostgresDb(url: string): string {
  const u = new URL(url);
  u.pathname = "/postgres";
  return u.toString();
}
