// Next calls register() once when a server process starts. The mail worker runs in the
// Node runtime only; ACCORD_MAIL_WORKER=off leaves sending to other instances.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startMailWorkerFromEnv } = await import("./server/mail/start-from-env");
  await startMailWorkerFromEnv();
}
