// Where tests create their databases: the PostgreSQL server named by TEST_DATABASE_URL or
// DATABASE_URL, else the local server every Accord machine runs on 127.0.0.1:5432.
export function adminUrl(): string {
  return process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
