import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/server/testing/test-database";
import { startSmtpSink, type SmtpSink } from "@/server/testing/smtp-sink";
import { db } from "../db/client.ts";
import { resetEnvForTests } from "../env.ts";
import { enqueueMail } from "./enqueue-mail.ts";
import { renderMail } from "./render-mail.ts";
import { startMailWorker, stopMailWorker } from "./start-mail-worker.ts";

const database = useTestDatabase();

async function eventually(check: () => Promise<boolean>, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}
const PORT = 2531;
let smtp: SmtpSink;

const ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Accord//EN\r\nEND:VCALENDAR\r\n";

async function queue(email: string, locale: "en" | "zh" | "ja" = "en", withIcs = false) {
  return db().$transaction((tx) =>
    enqueueMail(tx, {
      kind: "password-reset",
      to: { email, name: "Mei", locale },
      values: { link: `http://localhost/set-password?token=t-${email}`, expires: "1 Dec 2026, 09:00 UTC" },
      attachments: withIcs ? [{ filename: "event.ics", contentType: "text/calendar", content: ICS }] : [],
    }),
  );
}

beforeAll(async () => {
  smtp = await startSmtpSink(PORT);
  vi.stubEnv("SMTP_URL", smtp.url);
  vi.stubEnv("MAIL_FROM", "Accord Test <accord@accord.test>");
  resetEnvForTests();
  await startMailWorker({ connectionString: database.url(), pollInterval: 200, crontab: "" });
});

afterAll(async () => {
  await stopMailWorker();
  await smtp.stop();
  vi.unstubAllEnvs();
});

describe("the mail queue", () => {
  it("delivers HTML and text in the recipient's language with an .ics attachment", async () => {
    const id = await queue("zh-reader@accord.test", "zh", true);
    const mail = await smtp.waitFor((m) => m.messageId === `<${id}@accord.mail>`);
    expect(mail.subject).toBe("重置您的 Accord 密码");
    expect(mail.text).toContain("http://localhost/set-password?token=t-zh-reader@accord.test");
    expect(mail.html).toContain('lang="zh"');
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([["event.ics", "text/calendar"]]);
    expect(mail.attachments[0].content.toString()).toBe(ICS);
    await eventually(async () => (await db().mailMessage.findUniqueOrThrow({ where: { id } })).status === "SENT");
    const row = await db().mailMessage.findUniqueOrThrow({ where: { id } });
    expect(row.text).toBe(""); // the one-time link is not kept after delivery
  });

  it("queues nothing when the causing transaction rolls back", async () => {
    const before = await db().mailMessage.count();
    await expect(
      db().$transaction(async (tx) => {
        await enqueueMail(tx, {
          kind: "announcement",
          to: { email: "x@accord.test", name: "X", locale: "en" },
          values: { title: "T", message: "M" },
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db().mailMessage.count()).toBe(before);
    const jobs = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs`;
    expect(Number(jobs[0].n)).toBe(0);
  });

  it("keeps messages through an SMTP outage and delivers each exactly once afterwards", async () => {
    await smtp.stop();
    const ids = await Promise.all(["a", "b", "c"].map((n) => queue(`outage-${n}@accord.test`)));
    await eventually(async () => (await db().mailMessage.count({ where: { id: { in: ids }, lastError: { not: null } } })) === 3, 15_000);
    expect(await db().mailMessage.count({ where: { id: { in: ids }, status: "QUEUED" } })).toBe(3);
    await smtp.start();
    await eventually(async () => (await db().mailMessage.count({ where: { id: { in: ids }, status: "SENT" } })) === 3, 30_000);
    const got = smtp.received.filter((m) => ids.some((id) => m.messageId === `<${id}@accord.mail>`));
    expect(got).toHaveLength(3);
  }, 45_000);

  it("renders every kind in en, zh and ja", () => {
    for (const locale of ["en", "zh", "ja"] as const) {
      const r = renderMail({
        kind: "set-password",
        to: { email: "a@b.test", name: "<Ann>", locale },
        values: { link: "http://x/?a=1&b=2", expires: "soon" },
      });
      expect(r.subject.length).toBeGreaterThan(3);
      expect(r.html).toContain("&lt;Ann&gt;");
      expect(r.html).toContain("http://x/?a=1&amp;b=2");
      expect(r.text).toContain("http://x/?a=1&b=2");
    }
  });
});
