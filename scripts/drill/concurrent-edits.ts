import pg from "pg";
import { actionId, BURST_MS, callAction, refusedAsOverloaded, signIn, type ActionCall } from "./http.ts";
import { check, inParallel, type DrillContext, type DrillResult } from "./types.ts";
import { DEMO_PASSWORD, DEMO_USERS, sessionForm } from "./world.ts";

// Drill 3: 50 organizers save the same session at once, all from the same version,
// through the real update action. Exactly one save may land; the other 49 must hear
// "changed by someone else". Then 50 edits by 5 editors who reload and retry on a
// conflict (read-modify-write) must all land: version +50, 50 audit rows, no lost update.

const CONCURRENT = 50;
const RETRY_EDITS = 50;
const RETRY_EDITORS = 5;
const ACTIONS_FILE = "app/organizer/events/[eventId]/sessions/actions.ts";

const isConflict = (r: ActionCall) => r.ok && !r.redirect && r.body.includes('"code":"conflict"');
const isSaved = (r: ActionCall) => r.ok && Boolean(r.redirect);

async function state(url: string, sessionId: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const s = await c.query<{ version: number; title: { en: string } }>(`SELECT version, title FROM "Session" WHERE id = $1`, [sessionId]);
    const a = await c.query<{ n: string }>(
      `SELECT count(*) AS n FROM "AuditLog" WHERE entity = 'Session' AND "entityId" = $1 AND action = 'update'`,
      [sessionId],
    );
    const titles = await c.query<{ t: string }>(
      `SELECT "after"->'title'->>'en' AS t FROM "AuditLog" WHERE entity = 'Session' AND "entityId" = $1 AND action = 'update'`,
      [sessionId],
    );
    return { version: s.rows[0].version, title: s.rows[0].title.en, audits: Number(a.rows[0].n), auditTitles: titles.rows.map((r) => r.t) };
  } finally {
    await c.end();
  }
}

export async function concurrentEditsDrill(ctx: DrillContext): Promise<DrillResult> {
  const { server, world } = ctx;
  const url = server.databaseUrl;
  const id = actionId(ctx.actions, ACTIONS_FILE, "updateSessionAction");
  const sessionId = world.sessionIds[1] ?? world.sessionIds[0];
  const page = `/organizer/events/${world.eventId}/sessions/${sessionId}`;
  const organizer = await signIn(server.baseUrl, DEMO_USERS.owner.email, DEMO_PASSWORD);

  // Part 1: everyone opened the form at the same version.
  const before = await state(url, sessionId);
  const forms = await Promise.all(
    Array.from({ length: CONCURRENT }, (_, i) => sessionForm(url, sessionId, `Drill concurrent edit ${i}`, before.version)),
  );
  const started = performance.now();
  const results = await Promise.all(
    forms.map((f) => callAction(server.baseUrl, page, id, f.fields, organizer, { withState: true, timeoutMs: BURST_MS })),
  );
  const wallMs = performance.now() - started;
  const after = await state(url, sessionId);
  const winners = results.flatMap((r, i) => (isSaved(r) ? [i] : []));
  const conflicts = results.filter(isConflict).length;
  const shed = results.filter(refusedAsOverloaded).length;
  const other = results.filter((r) => !isSaved(r) && !isConflict(r) && !refusedAsOverloaded(r));
  const winnerTitle = winners.length === 1 ? `Drill concurrent edit ${winners[0]}` : "(no single winner)";

  // Part 2: editors reload and retry until their edit lands.
  const mid = after;
  let attempts = 0;
  const edits = Array.from({ length: RETRY_EDITS }, (_, i) => `Drill retried edit ${i}`);
  const lost: string[] = [];
  const retryStarted = performance.now();
  await inParallel(edits, RETRY_EDITORS, async (title) => {
    for (let tries = 0; tries < 200; tries += 1) {
      attempts += 1;
      const { fields } = await sessionForm(url, sessionId, title); // "reload": the current version
      const r = await callAction(server.baseUrl, page, id, fields, organizer, { withState: true, timeoutMs: BURST_MS });
      if (isSaved(r)) return;
      if (refusedAsOverloaded(r)) continue; // overloaded: the form says try again, so the editor does
      if (!isConflict(r)) {
        lost.push(`${title}: HTTP ${r.status} ${r.error ?? ""}`);
        return;
      }
    }
    lost.push(`${title}: gave up after 200 conflicts`);
  });
  const retryMs = performance.now() - retryStarted;
  const end = await state(url, sessionId);
  const landed = edits.filter((t) => end.auditTitles.includes(t)).length;

  return {
    drill: "3. 50 concurrent edits of one session",
    checks: [
      check("saves that landed (of 50 from one version)", winners.length, "exactly 1", winners.length === 1),
      check(
        "'changed by someone else' answers / 'too busy, try again'",
        `${conflicts} / ${shed}`,
        "together 49",
        conflicts + shed === CONCURRENT - 1,
      ),
      check("other answers (errors)", other.length, "0", other.length === 0),
      check("version after", `${before.version} → ${after.version}`, "+1", after.version === before.version + 1),
      check(
        "stored title is the winner's",
        after.title === winnerTitle ? "yes" : `no (${after.title})`,
        "yes",
        after.title === winnerTitle,
      ),
      check("audit rows added", after.audits - before.audits, "1", after.audits - before.audits === 1),
      check("50 edits with reload-and-retry: version", `${mid.version} → ${end.version}`, "+50", end.version === mid.version + RETRY_EDITS),
      check("retried edits recorded in the audit log", landed, "50 (no lost update)", landed === RETRY_EDITS && lost.length === 0),
    ],
    notes: [
      `50 concurrent saves answered in ${Math.round(wallMs)} ms (slowest ${Math.round(Math.max(...results.map((r) => r.ms)))} ms).`,
      `50 retried edits by ${RETRY_EDITORS} editors: ${attempts} attempts, ${Math.round(retryMs)} ms.`,
      ...other.slice(0, 3).map((r) => `unexpected answer: HTTP ${r.status} ${r.error ?? r.body.slice(0, 160)}`),
      ...lost.slice(0, 3),
    ],
  };
}
