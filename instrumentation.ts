// Runs once when a server process starts (Next's instrumentation hook), Node runtime only.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Sign-in throttling needs the real TCP peer of each request (server/auth/peer-address.ts).
  const { installPeerAddressHook } = await import("./server/auth/peer-address");
  installPeerAddressHook();
  // The mail worker; ACCORD_MAIL_WORKER=off leaves sending to other instances.
  const { startMailWorkerFromEnv } = await import("./server/mail/start-from-env");
  await startMailWorkerFromEnv();
}
