// `npm run drill:mail`: 50 messages are queued while the SMTP server goes down for a while,
// then comes back; prints how many were delivered, lost and duplicated. Two queue workers
// (as two app instances would) share the queue. Uses a scratch database on the local
// PostgreSQL (TEST_DATABASE_URL or DATABASE_URL names another server) and a real SMTP
// server (smtp-server) on DRILL_SMTP_PORT (default 2527). Exit code 1 unless 50/0/0.
// `npm run drill:mail -- invitations`: the SMTP server is stopped first, then 50 real delegate
// invitations are sent through inviteDelegate (each its Invitation row, mail and audit row in
// one transaction), then the server comes back.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { run, Logger, type Runner } from "graphile-worker";
import { migrate } from "../server/db/migrate.ts";
import { adminUrl, withDatabase } from "../server/testing/admin-url.ts";
import { startSmtpSink } from "../server/testing/smtp-sink.ts";

const COUNT = 50;
const INVITATIONS = process.argv.includes("invitations");
const OUTAGE_MS = Number(process.env.DRILL_OUTAGE_MS ?? 10_000);
const PORT = Number(process.env.DRILL_SMTP_PORT ?? 2527);
const log = (m: string) => console.log(`drill:mail: ${m}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const name = `accord_drill_mail_${randomBytes(3).toString("hex")}`;
const admin = new pg.Client({ connectionString: adminUrl() });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const url = withDatabase(adminUrl(), name);
let exitCode = 1;
const runners: Runner[] = [];
const pools: pg.Pool[] = [];
const smtp = await startSmtpSink(PORT);
try {
  await migrate(url);
  Object.assign(process.env, {
    DATABASE_URL: url,
    SMTP_URL: smtp.url,
    MAIL_FROM: "Accord Drill <drill@accord.test>",
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "drill-secret-drill-secret-drill-secret-0123",
  });
  const { db } = await import("../server/db/client.ts");
  const { enqueueMail, SEND_MAIL_TASK } = await import("../server/mail/enqueue-mail.ts");
  const { deliverMail } = await import("../server/mail/deliver-mail.ts");
  const quiet = new Logger(() => () => {});
  for (let i = 0; i < 2; i++) {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    pool.on("error", () => {}); // dropping the scratch database ends its idle connections
    pools.push(pool);
    runners.push(
      await run({
        pgPool: pool,
        concurrency: 2,
        noHandleSignals: true,
        pollInterval: 500,
        logger: quiet,
        taskList: { [SEND_MAIL_TASK]: async (p) => void (await deliverMail((p as { id: string }).id, () => {})) },
      }),
    );
  }

  const started = Date.now();
  const ids: string[] = [];
  const queueOne = async (i: number) => {
    // Each message in its own transaction, with a row it stands for (as an invitation would be).
    const id = await db().$transaction(async (tx) => {
      await tx.auditLog.create({ data: { entity: "Invitation", entityId: `drill-${i}`, action: "create" } });
      return enqueueMail(tx, {
        kind: "announcement",
        to: { email: `invitee-${i}@accord.test`, name: `Invitee ${i}`, locale: (["en", "zh", "ja"] as const)[i % 3] },
        values: { title: `Invitation ${i}`, message: `You are invited (${i}).` },
      });
    });
    ids.push(id);
  };
  if (INVITATIONS) {
    const { createMultiVenueEvent, createUser } = await import("../prisma/seed/factories.ts");
    const { inviteDelegate } = await import("../server/invitations/invite-delegate.ts");
    const { event, orgId, tokyo } = await createMultiVenueEvent(db());
    const owner = await createUser(db(), { role: "ORGANIZER", orgId, memberRole: "OWNER" });
    const actor = {
      id: owner.id,
      email: owner.email,
      name: owner.name,
      role: owner.role,
      memberships: [{ organizationId: orgId, role: "OWNER" as const }],
    };
    await smtp.stop();
    log(`SMTP server stopped; sending ${COUNT} invitations`);
    for (let i = 0; i < COUNT; i++) {
      const r = await inviteDelegate(
        actor,
        {
          eventId: event.id,
          email: `invitee-${i}@accord.test`,
          name: `Invitee ${i}`,
          locale: (["en", "zh", "ja"] as const)[i % 3],
          venueId: tokyo.id,
        },
        { baseUrl: "http://accord.test" },
      );
      if (!r.ok) throw new Error(`invitation ${i} refused: ${r.message}`);
    }
    ids.push(...(await db().mailMessage.findMany({ where: { kind: "invitation-delegate" }, select: { id: true } })).map((m) => m.id));
    log(`${await db().invitation.count()} invitations written, ${ids.length} invitation emails queued`);
  } else {
    for (let i = 0; i < 10; i++) await queueOne(i);
    await sleep(300);
    await smtp.stop();
    log(`SMTP server stopped after ${smtp.received.length} deliveries; queuing the other ${COUNT - 10} messages`);
    for (let i = 10; i < COUNT; i++) await queueOne(i);
  }
  await sleep(OUTAGE_MS);
  const waiting = await db().mailMessage.count({ where: { status: "QUEUED" } });
  log(`${waiting} messages waiting after ${OUTAGE_MS / 1000} s of outage; restarting the SMTP server`);
  await smtp.start();
  const deadline = Date.now() + 240_000;
  while ((await db().mailMessage.count({ where: { status: "SENT" } })) < COUNT && Date.now() < deadline) await sleep(500);
  await sleep(2_000); // let any duplicate that would arrive do so

  const ours = smtp.received.filter((m) => ids.some((id) => m.messageId === `<${id}@accord.mail>`));
  const unique = new Set(ours.map((m) => m.messageId)).size;
  const attempts = await db().mailMessage.aggregate({ _sum: { attempts: true }, _max: { attempts: true } });
  const result = { queued: ids.length, delivered: unique, lost: COUNT - unique, duplicated: ours.length - unique };
  log(`queued ${result.queued}, delivered ${result.delivered}, lost ${result.lost}, duplicated ${result.duplicated}`);
  log(
    `SMTP attempts: ${attempts._sum.attempts} in all, at most ${attempts._max.attempts} for one message; all delivered ${((Date.now() - started) / 1000).toFixed(1)} s after the first was queued`,
  );
  exitCode = result.delivered === COUNT && result.lost === 0 && result.duplicated === 0 ? 0 : 1;
  await db().$disconnect();
} finally {
  for (const r of runners) await r.stop();
  for (const p of pools) await p.end().catch(() => {});
  await smtp.stop();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
process.exit(exitCode);
