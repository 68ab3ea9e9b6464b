import "server-only";
import { env } from "../env.ts";
import { startMailWorker } from "./start-mail-worker.ts";

/** Starts this process's mail worker unless ACCORD_MAIL_WORKER=off; a failure is logged, never fatal: mail waits in the queue. */
export async function startMailWorkerFromEnv(): Promise<void> {
  try {
    const e = env();
    if (e.ACCORD_MAIL_WORKER === "off") return;
    await startMailWorker();
    console.log(
      `accord: mail worker started (${e.SMTP_URL ? "sending over SMTP" : "no SMTP_URL: messages kept in the outbox at /organizer/admin/outbox"})`,
    );
  } catch (err) {
    console.warn(`accord: mail worker did not start (${(err as Error).message}); trying again in 15 s`);
    setTimeout(() => void startMailWorkerFromEnv(), 15_000).unref();
  }
}
