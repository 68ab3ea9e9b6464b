import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAgreement, createUser } from "@/prisma/seed/factories";
import { useTestDatabase } from "@/server/testing/test-database";
import { startSmtpSink, type SmtpSink } from "@/server/testing/smtp-sink";
import { db } from "../../db/client.ts";
import { resetEnvForTests } from "../../env.ts";
import { startMailWorker, stopMailWorker, MILESTONE_REMINDERS_TASK } from "../../mail/start-mail-worker.ts";
import { createAgreementWorld, type AgreementWorld } from "../../agreements/agreement-test-fixture.ts";
import { sendMilestoneReminders } from "./send-milestone-reminders.ts";

// Issue 19: the follow-up owner is e-mailed before a milestone falls due and when it becomes
// overdue, once per milestone × kind × due date even with several instances, in their language.

const database = useTestDatabase();
const NOW = new Date("2026-12-01T09:00:00Z");
const day = (offset: number) => new Date(Date.UTC(2026, 11, 1 + offset));
let world: AgreementWorld;
let owner: Awaited<ReturnType<typeof createUser>>;
let smtp: SmtpSink;
const ids: Record<string, string> = {};

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

async function milestone(
  key: string,
  typeKey: string,
  dueOffset: number,
  o: { done?: boolean; status?: "CANCELLED"; owned?: boolean } = {},
) {
  const agreement = await createAgreement(
    db(),
    { eventId: world.event.id },
    { status: o.status ?? "SIGNED", title: { en: `Project ${key}`, ja: `プロジェクト${key}` } },
  );
  if (o.owned !== false) await db().agreementFollowUp.create({ data: { agreementId: agreement.id, ownerId: owner.id } });
  const m = await db().agreementMilestone.create({
    data: { agreementId: agreement.id, typeKey, dueOn: day(dueOffset), doneOn: o.done ? day(-1) : null },
    select: { id: true },
  });
  ids[key] = m.id;
}

const reminders = () =>
  db().milestoneReminder.findMany({ orderBy: { createdAt: "asc" }, select: { milestoneId: true, kind: true, mailMessageId: true } });

beforeAll(async () => {
  world = await createAgreementWorld();
  owner = await createUser(db(), { role: "ORGANIZER", orgId: world.orgId, memberRole: "ORGANIZER", locale: "ja", name: "佐藤" });
  await milestone("soon", "construction_started", 3);
  await milestone("today", "approvals", 0);
  await milestone("overdue", "funds_in_place", -2);
  await milestone("later", "land_secured", 20);
  await milestone("longAgo", "contract_signed", -400);
  await milestone("done", "completed", 2, { done: true });
  await milestone("cancelled", "construction_started", 1, { status: "CANCELLED" });
  await milestone("noOwner", "construction_started", 1, { owned: false });
  smtp = await startSmtpSink(await freePort());
  vi.stubEnv("SMTP_URL", smtp.url);
  vi.stubEnv("NEXTAUTH_URL", "https://accord.example.org");
  resetEnvForTests();
});

afterAll(async () => {
  await stopMailWorker();
  await smtp.stop();
  vi.unstubAllEnvs();
  resetEnvForTests();
});

describe("milestone reminders", () => {
  it("queues one reminder per open milestone due soon or just overdue, even when two instances run at once", async () => {
    const runs = await Promise.all([sendMilestoneReminders(NOW), sendMilestoneReminders(NOW), sendMilestoneReminders(NOW)]);
    expect(runs.reduce((n, r) => n + r.queued, 0)).toBe(3);
    const rows = await reminders();
    expect(rows.map((r) => [r.milestoneId, r.kind]).sort()).toEqual(
      [
        [ids.soon, "due_soon"],
        [ids.today, "due_soon"],
        [ids.overdue, "overdue"],
      ].sort(),
    );
    const mails = await db().mailMessage.findMany({ where: { id: { in: rows.map((r) => r.mailMessageId!) } } });
    expect(mails.map((m) => [m.toEmail, m.locale])).toEqual(Array(3).fill([owner.email, "ja"]));
    expect((await sendMilestoneReminders(NOW)).queued).toBe(0);
  });

  it("sends an overdue reminder once the due date passes, and a new one for a moved due date", async () => {
    const tomorrowAfter = new Date(NOW.getTime() + 4 * 86_400_000); // "soon" (due in 3 days) is now overdue
    expect((await sendMilestoneReminders(tomorrowAfter)).queued).toBe(2); // soon → overdue, today → overdue
    await db().agreementMilestone.update({ where: { id: ids.later }, data: { dueOn: day(5) } });
    expect((await sendMilestoneReminders(NOW)).queued).toBe(1);
    expect((await sendMilestoneReminders(NOW)).queued).toBe(0);
    const kinds = (await reminders()).filter((r) => r.milestoneId === ids.soon).map((r) => r.kind);
    expect(kinds).toEqual(["due_soon", "overdue"]);
  });

  it("the scheduled task delivers the reminders over SMTP in the owner's language", async () => {
    await db().agreementMilestone.update({
      where: { id: ids.done },
      data: { doneOn: null, dueOn: new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 1)) },
    });
    await startMailWorker({ connectionString: database.url(), pollInterval: 200, crontab: "" });
    await db().$executeRaw`SELECT graphile_worker.add_job(${MILESTONE_REMINDERS_TASK}::text, '{}'::json)`;
    const mail = await smtp.waitFor((m) => (m.subject ?? "").includes("プロジェクトdone"));
    expect(mail.subject).toMatch(/^\d{4}-\d{2}-\d{2} 期限：完了 — プロジェクトdone$/);
    expect(mail.text).toContain("佐藤 様");
    expect(mail.text).toContain("あと 1 日");
    expect(mail.text).toMatch(/https:\/\/accord\.example\.org\/organizer\/events\/[^/]+\/agreements\/[^/\s]+/);
    const earlier = await smtp.waitFor((m) => (m.subject ?? "").startsWith("期限切れ") && (m.subject ?? "").includes("資金払込完了"));
    expect(earlier.html).toContain('lang="ja"');
  });
});
