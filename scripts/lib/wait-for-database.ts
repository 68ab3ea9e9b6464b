import pg from "pg";
import { CliError } from "./cli-error.ts";
import type { DatabaseTarget } from "./database-url.ts";

// Waits for the server to answer `SELECT 1`, retrying refused connections because a
// database started alongside the app (docker compose, systemd) may need a few seconds.
// Errors that retrying cannot fix (wrong password, missing database) fail at once.
const FATAL_CODES = new Set(["28P01", "28000", "3D000"]);

export async function waitForDatabase(target: DatabaseTarget, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    const remaining = deadline - Date.now();
    const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: Math.max(500, Math.min(remaining, 3_000)) });
    client.on("error", () => {}); // a dropped probe connection must not crash the launcher
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (err) {
      last = err;
      const code = (err as { code?: string }).code;
      if (code && FATAL_CODES.has(code)) {
        throw new CliError(`PostgreSQL at ${target.host}:${target.port} refused the connection: ${(err as Error).message}`);
      }
    } finally {
      await client.end().catch(() => {});
    }
    await new Promise((r) => setTimeout(r, Math.min(500, Math.max(0, deadline - Date.now()))));
  }
  throw new CliError(
    `cannot reach PostgreSQL at ${target.host}:${target.port} (${reason(last)} after ${Math.round(timeoutMs / 1000)} s); is it running?`,
  );
}

function reason(err: unknown): string {
  if (!err) return "no answer";
  const e = err as { code?: string; message?: string };
  return e.code ?? e.message ?? String(err);
}
