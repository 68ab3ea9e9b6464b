import "server-only";
import { db } from "../db/client.ts";

export async function checkDatabase(): Promise<{ ok: boolean; latencyMs: number }> {
  const started = performance.now();
  try {
    await db().$queryRaw`SELECT 1`;
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch {
    // The reason goes to the server log only; a health probe answers with no internals.
    console.error("health: database check failed");
    return { ok: false, latencyMs: Math.round(performance.now() - started) };
  }
}
