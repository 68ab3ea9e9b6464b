// Measurement, skipped in the suite (a minute or more of work): checks then confirms a
// 5,000-row delegates CSV into one delegation, prints how long each step took, and checks in
// the database that every row became one member, one invitation, one queued mail with its
// job and one audit row.
//   ACCORD_MEASURE_IMPORT=1 npx vitest run server/delegations/import-delegates-load.measure.test.ts
import { describe, expect, it } from "vitest";
import { createMatrixWorld } from "@/server/authorization-matrix/world";
import { english } from "@/lib/i18n/server-messages/translate-message";
import { db } from "../db/client.ts";
import { useTestDatabase } from "../testing/test-database.ts";
import { createDelegation } from "./create-delegation.ts";
import { importDelegatesCsv } from "./import-delegates-csv.ts";

useTestDatabase();
const ROWS = Number(process.env.ACCORD_MEASURE_ROWS ?? 5_000);
const LANGS = ["en", "zh", "ja"];

describe.skipIf(!process.env.ACCORD_MEASURE_IMPORT)(`${ROWS}-row delegates import`, () => {
  it("measures the check and the confirm", async () => {
    const w = await createMatrixWorld();
    const ev = await w.event();
    const d = await createDelegation(w.actors.member, { eventId: ev.event.id, side: "B", name: { en: "Japan delegation" } });
    if (!d.ok) throw new Error("no delegation");
    const text = [
      "name,email,language,organization,position,interpretation,venue",
      ...Array.from(
        { length: ROWS },
        (_, i) => `Delegate ${i},delegate-${i}@load.accord.test,${LANGS[i % 3]},Company ${i % 40},Manager,${LANGS[(i + 1) % 3]},Tokyo`,
      ),
    ].join("\n");
    const input = { eventId: ev.event.id, delegationId: d.data.id };
    let t = performance.now();
    const dry = await importDelegatesCsv(w.actors.member, { ...input, file: new TextEncoder().encode(text), mode: "dry-run" });
    const dryMs = performance.now() - t;
    if (!dry.ok) throw new Error(english(dry.message));
    expect(dry.data.errors).toEqual([]);
    t = performance.now();
    const done = await importDelegatesCsv(w.actors.member, { ...input, uploadToken: dry.data.uploadToken, mode: "confirm" });
    const confirmMs = performance.now() - t;
    if (!done.ok) throw new Error(english(done.message));

    const emails = { endsWith: "@load.accord.test" };
    const [members, invitations, mails, jobs, audits] = await Promise.all([
      db().delegationMember.count({ where: { delegationId: d.data.id } }),
      db().invitation.count({ where: { eventId: ev.event.id, email: emails, status: "INVITED" } }),
      db().mailMessage.count({ where: { toEmail: emails, kind: "invitation-delegate" } }),
      db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE key LIKE 'mail:%'`,
      db().auditLog.count({ where: { eventId: ev.event.id, entity: "Invitation", action: "create" } }),
    ]);
    console.log(JSON.stringify({ rows: ROWS, dryMs: Math.round(dryMs), confirmMs: Math.round(confirmMs), created: done.data.created }));
    expect({ created: done.data.created, members, invitations, mails, audits }).toEqual({
      created: ROWS,
      members: ROWS,
      invitations: ROWS,
      mails: ROWS,
      audits: ROWS,
    });
    expect(Number(jobs[0].n)).toBeGreaterThanOrEqual(ROWS);
  }, 900_000);
});
