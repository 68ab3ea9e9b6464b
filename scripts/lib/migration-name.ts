import { CliError } from "./cli-error.ts";

// Prisma Migrate's folder layout: <UTC yyyymmddhhmmss>_<snake_case name>. Folders apply in
// name order, so a clock behind the last migration (or two diffs in one second) must not
// produce a name that sorts before an existing one.
export function nextMigrationName(name: string, now: Date, existing: string[]): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!slug) throw new CliError(`migration name "${name}" has no letters or digits`);
  const latest = existing
    .map((d) => d.slice(0, 14))
    .filter((s) => /^\d{14}$/.test(s))
    .sort()
    .at(-1);
  let stamp = utcStamp(now);
  if (latest && stamp <= latest) stamp = utcStamp(new Date(parseStamp(latest).getTime() + 1000));
  return `${stamp}_${slug}`;
}

function utcStamp(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function parseStamp(s: string): Date {
  return new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(8, 10)}:${s.slice(10, 12)}:${s.slice(12, 14)}Z`);
}
