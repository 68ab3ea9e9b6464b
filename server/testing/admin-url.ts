// Where tests create their databases: the PostgreSQL server named by TEST_DATABASE_URL or
// DATABASE_URL, else the local server on 127.0.0.1:5432. When nothing answers there,
// ensureTestServer() (server/testing/test-server.ts) starts an embedded one and sets
// TEST_DATABASE_URL, so this stays the one place that names the server.
export const DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export function adminUrl(): string {
  return process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? DEFAULT_ADMIN_URL;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
