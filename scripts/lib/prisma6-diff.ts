import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { CliError } from "./cli-error.ts";

// Computes migration SQL between two Prisma schemas with Prisma 6's CLI from
// tools/migration-diff, whose bundled Wasm schema engine works offline (Prisma 7's CLI
// needs a native engine we cannot download; see docs/decisions/001-offline-migrations.md).
const run = promisify(execFile);
const TOOL_DIR = path.resolve("tools/migration-diff");
const PRISMA6 = path.join(TOOL_DIR, "node_modules/.bin/prisma");
// Prisma 6 insists that these name an existing file although `migrate diff` runs neither.
const ANY_FILE = path.resolve("prisma/schema-engine.stub");

export async function ensureDiffTool(log: (m: string) => void): Promise<void> {
  if (existsSync(PRISMA6)) return;
  log("installing Prisma 6 into tools/migration-diff (npm ci)");
  await run("npm", ["--prefix", TOOL_DIR, "ci", "--no-audit", "--no-fund"], { maxBuffer: 16 << 20 });
}

/** Returns the SQL that turns `from` into `to`, or "" when they describe the same database. */
export async function diffSchemas(from: string, to: string, databaseUrl: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "accord-diff-"));
  try {
    const fromFile = path.join(dir, "from.prisma");
    const toFile = path.join(dir, "to.prisma");
    await writeFile(fromFile, withDatasourceUrl(from));
    await writeFile(toFile, withDatasourceUrl(to));
    const args = ["migrate", "diff", "--from-schema-datamodel", fromFile, "--to-schema-datamodel", toFile, "--script"];
    const { stdout } = await run(PRISMA6, args, {
      cwd: TOOL_DIR, // picks up tools/migration-diff/prisma.config.ts (js engine + adapter)
      maxBuffer: 64 << 20,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PRISMA_QUERY_ENGINE_LIBRARY: ANY_FILE,
        PRISMA_SCHEMA_ENGINE_BINARY: ANY_FILE,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
      },
    }).catch((err: { stderr?: string; message: string }) => {
      throw new CliError(`Prisma 6 migrate diff failed:\n${(err.stderr || err.message).trim()}`);
    });
    return isEmptyMigration(stdout) ? "" : stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Prisma 7 schemas keep the URL in prisma.config.ts; Prisma 6 requires it in the schema.
export function withDatasourceUrl(schema: string): string {
  return schema.replace(/(datasource\s+\w+\s*\{)([^}]*)\}/, (block, head: string, body: string) =>
    /^\s*url\s*=/m.test(body) ? block : `${head}${body.replace(/\s*$/, "")}\n  url = env("DATABASE_URL")\n}`,
  );
}

function isEmptyMigration(sql: string): boolean {
  return sql.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--"));
}
