// Runs once when the server starts (Next's instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Sign-in throttling needs the real TCP peer of each request (server/auth/peer-address.ts).
  const { installPeerAddressHook } = await import("./server/auth/peer-address");
  installPeerAddressHook();
}
