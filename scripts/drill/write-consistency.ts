import type pg from "pg";
import type { Sample } from "./traffic.ts";
import { check, type Check } from "./types.ts";

// "No partial writes" in SQL: every agreement the drill's writers created is complete (two
// party links and its audit row), no party row was left without its agreement, every write
// answered as saved is there, and every write refused before it reached the database (the
// proxy's 503, or the action's "not saved" answer from the pool state) is absent. A write whose answer was lost (e.g. the connection dropped after COMMIT) may
// be there or not, but only whole.

export async function checkWrites(c: pg.Client, samples: Sample[], label: string): Promise<{ checks: Check[]; notes: string[] }> {
  const rows = await c.query<{ key: string; links: string; audits: string }>(
    `SELECT a."idempotencyKey" AS key,
            (SELECT count(*) FROM "AgreementParty" ap WHERE ap."agreementId" = a.id) AS links,
            (SELECT count(*) FROM "AuditLog" l WHERE l.entity = 'Agreement' AND l."entityId" = a.id AND l.action = 'create') AS audits
       FROM "Agreement" a WHERE a.title->>'en' LIKE $1`,
    [`${label} %`],
  );
  const orphanParties = Number(
    (
      await c.query<{ n: string }>(
        `SELECT count(*) AS n FROM "Party" p WHERE p.name->>'en' LIKE $1 AND NOT EXISTS (SELECT 1 FROM "AgreementParty" ap WHERE ap."partyId" = p.id)`,
        [`${label} %`],
      )
    ).rows[0].n,
  );
  const stored = new Set(rows.rows.map((r) => r.key));
  const incomplete = rows.rows.filter((r) => Number(r.links) !== 2 || Number(r.audits) !== 1).length;
  const writes = samples.filter((s) => s.kind === "write");
  const saved = writes.filter((s) => s.ok);
  const savedMissing = saved.filter((s) => !stored.has(s.key!)).length;
  const shed = writes.filter((s) => !s.ok && s.shed);
  const shedStored = shed.filter((s) => stored.has(s.key!)).length;
  const failed = writes.filter((s) => !s.ok && !s.shed);
  const failedStored = failed.filter((s) => stored.has(s.key!)).length;
  return {
    checks: [
      check("writes answered as saved / missing from the database", `${saved.length} / ${savedMissing}`, "0 missing", savedMissing === 0),
      check(
        "stored agreements incomplete (party links ≠ 2 or audit rows ≠ 1)",
        `${incomplete} of ${rows.rows.length}`,
        "0",
        incomplete === 0,
      ),
      check("party rows without their agreement", orphanParties, "0", orphanParties === 0),
      check(
        'writes refused before reaching the database (503, "not saved") that left a row',
        `${shedStored} of ${shed.length}`,
        "0",
        shedStored === 0,
      ),
    ],
    notes: [
      `${failed.length} writes failed inside the app (not shed); ${failedStored} of them had committed in full before their answer was lost, the rest left nothing.`,
    ],
  };
}
