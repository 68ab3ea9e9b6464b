import "server-only";
import { Logger, run, type Runner } from "graphile-worker";
import { env } from "../env.ts";
import { deliverMail } from "./deliver-mail.ts";
import { SEND_MAIL_TASK } from "./enqueue-mail.ts";
import { sendMilestoneReminders } from "../ledger/reminders/send-milestone-reminders.ts";

/** Milestone reminders (issue 19) are looked for at minute 5 of every hour; graphile-worker's cron runs each slot once across instances. */
export const MILESTONE_REMINDERS_TASK = "milestone-reminders";
const CRONTAB = `5 * * * * ${MILESTONE_REMINDERS_TASK}`;

// The mail worker of this process: graphile-worker picks jobs with SKIP LOCKED and wakes on
// LISTEN/NOTIFY, so any number of app instances share the queue and each job runs once at
// a time. Started by instrumentation.ts; tests and the mail drill start their own.
const globalForWorker = globalThis as unknown as { accordMailWorker?: Promise<Runner> };

const logger = new Logger((scope) => (level, message) => {
  if (level === "error" || level === "warning") console.warn(`accord mail worker ${level}: ${message}`, scope.taskIdentifier ?? "");
});

export function startMailWorker(opts: { connectionString?: string; pollInterval?: number; crontab?: string } = {}): Promise<Runner> {
  globalForWorker.accordMailWorker ??= run({
    connectionString: opts.connectionString ?? env().DATABASE_URL,
    concurrency: 2,
    noHandleSignals: true,
    pollInterval: opts.pollInterval ?? 2_000,
    logger,
    crontab: opts.crontab ?? CRONTAB,
    taskList: {
      [MILESTONE_REMINDERS_TASK]: async () => {
        await sendMilestoneReminders(new Date(), { daysBefore: env().ACCORD_REMINDER_DAYS });
      },
      [SEND_MAIL_TASK]: async (payload) => {
        await deliverMail((payload as { id: string }).id);
      },
    },
  }).catch((err: unknown) => {
    globalForWorker.accordMailWorker = undefined; // a later call may try again
    throw err;
  });
  return globalForWorker.accordMailWorker;
}

export async function stopMailWorker(): Promise<void> {
  const runner = globalForWorker.accordMailWorker;
  globalForWorker.accordMailWorker = undefined;
  if (runner) await (await runner).stop();
}
