import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/server/db/client";

// A refusal must leave the database byte-for-byte as it was: one md5 per table over every
// row's text form, for every table of the public schema (the migration ledger aside).
// Uploaded files count too, so the stored media folder is listed as well.

let tables: string[] | undefined;

async function publicTables(): Promise<string[]> {
  tables ??= (
    await db().$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
    )
  ).map((r) => r.name);
  return tables;
}

export type Fingerprint = Record<string, string>;

export async function fingerprint(storageDir?: string): Promise<Fingerprint> {
  const names = await publicTables();
  const columns = names.map((n) => `(SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "${n}" t) AS "${n}"`);
  const [row] = await db().$queryRawUnsafe<Fingerprint[]>(`SELECT ${columns.join(", ")}`);
  if (storageDir) row["files:"] = (await listFiles(storageDir)).join("|");
  return row;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Drops the tables a refusal may write by design before two fingerprints are compared. */
export function without(print: Fingerprint, tablesAllowedToChange: string[] = []): Fingerprint {
  return Object.fromEntries(Object.entries(print).filter(([k]) => !tablesAllowedToChange.includes(k)));
}
