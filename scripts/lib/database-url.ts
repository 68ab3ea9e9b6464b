import { CliError } from "./cli-error.ts";

// Checked before anything connects, with the same rule as server/env.ts, so a typo in
// DATABASE_URL gets one line naming the variable instead of a driver stack trace.
export type DatabaseTarget = { url: string; host: string; port: number; database: string; user: string };

const EXPECTED = "postgresql://user:password@host:5432/database";

export function parseDatabaseUrl(raw: string, variable = "DATABASE_URL"): DatabaseTarget {
  const bad = (why: string) => new CliError(`${variable} is malformed (${why}); expected the form ${EXPECTED}`);
  if (!/^postgres(ql)?:\/\//.test(raw)) throw bad("it must start with postgresql://");
  if (/\s/.test(raw)) throw bad("it contains whitespace");
  if (!URL.canParse(raw)) throw bad("it is not a valid URL");
  const u = new URL(raw);
  if (!u.hostname) throw bad("it names no host");
  const port = u.port ? Number(u.port) : 5432;
  const database = decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres";
  return { url: raw, host: u.hostname, port, database, user: decodeURIComponent(u.username) || "postgres" };
}

/** For start-up logs: where we connect, never the password. */
export function describeTarget(t: DatabaseTarget): string {
  return `PostgreSQL ${t.host}:${t.port}/${t.database} as ${t.user}`;
}
