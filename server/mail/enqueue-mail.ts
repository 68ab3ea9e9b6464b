import "server-only";
import type { Prisma } from "../db/client.ts";
import type { MailRequest } from "./mail-types.ts";
import { renderMail } from "./render-mail.ts";
import { yieldEvery } from "../shared/yield-to-other-requests.ts";

export const SEND_MAIL_TASK = "send-mail";
/** graphile-worker retries with exponential backoff (e^attempt seconds, at most ~6 h apart): 25 tries cover days of SMTP outage. */
export const MAIL_MAX_ATTEMPTS = 25;

/**
 * Queues one message inside the caller's transaction: the MailMessage row and its
 * graphile-worker job commit (or roll back) together with the change that causes them.
 * The job is keyed by the message id, and the worker sends a message only while it is
 * QUEUED, so neither a repeated job nor a second app instance sends it twice.
 */
export async function enqueueMail(tx: Prisma.TransactionClient, req: MailRequest): Promise<string> {
  const rendered = renderMail(req);
  const row = await tx.mailMessage.create({
    data: {
      kind: req.kind,
      toEmail: req.to.email,
      toName: req.to.name,
      locale: req.to.locale,
      ...rendered,
      attachments: req.attachments ?? [],
    },
    select: { id: true },
  });
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    ${SEND_MAIL_TASK}::text,
    json_build_object('id', ${row.id}::text),
    max_attempts := ${MAIL_MAX_ATTEMPTS}::int,
    job_key := ${`mail:${row.id}`}::text
  )`;
  return row.id;
}

/**
 * Queues many messages in the caller's transaction with two statements (one INSERT … SELECT
 * from the messages as JSON, one add_job per id from an array), for bulk changes such as a
 * CSV import; the same rows, jobs and job keys as enqueueMail.
 */
export async function enqueueMails(tx: Prisma.TransactionClient, reqs: MailRequest[]): Promise<string[]> {
  if (reqs.length === 0) return [];
  const messages = [];
  const pause = yieldEvery();
  for (const req of reqs) {
    // Rendering is about 1 ms of CPU a message: a 500-mail batch would hold the event loop.
    await pause();
    messages.push({
      kind: req.kind,
      toEmail: req.to.email,
      toName: req.to.name,
      locale: req.to.locale,
      ...renderMail(req),
      attachments: req.attachments ?? [],
    });
  }
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "MailMessage" (id, kind, "toEmail", "toName", locale, subject, text, html, attachments)
    SELECT gen_random_uuid()::text, m.kind, m."toEmail", m."toName", m.locale, m.subject, m.text, m.html, m.attachments
    FROM jsonb_to_recordset(${JSON.stringify(messages)}::jsonb)
      AS m(kind text, "toEmail" text, "toName" text, locale text, subject text, text text, html text, attachments jsonb)
    RETURNING id`;
  const ids = rows.map((r) => r.id);
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    ${SEND_MAIL_TASK}::text,
    json_build_object('id', id),
    max_attempts := ${MAIL_MAX_ATTEMPTS}::int,
    job_key := 'mail:' || id
  ) FROM unnest(${ids}::text[]) AS id`;
  return ids;
}
