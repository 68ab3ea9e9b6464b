import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { resolveDatabase } from "./resolve-database.ts";

// The launcher's checks before it touches anything: a bad DATABASE_URL or a server that does
// not answer ends the start with one clear line, and writes nothing to the data directory.
const dataRoot = await mkdtemp(path.join(tmpdir(), "accord-launch-"));
afterAll(() => rm(dataRoot, { recursive: true, force: true }));

const run = promisify(execFile);
async function launch(env: Record<string, string>) {
  const result = await run(process.execPath, ["--import", "tsx", "scripts/launch.ts", "dev"], {
    env: { PATH: process.env.PATH, NODE_ENV: "test", ACCORD_DATA_DIR: dataRoot, ...env },
    timeout: 30_000,
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
  return { ...result, stderr: result.stderr.split("\n").filter((l) => l && !l.startsWith("npm warn")) };
}

describe("launcher start-up checks", () => {
  it("rejects a closed port with a clear message within the timeout", async () => {
    const started = Date.now();
    const err = await resolveDatabase(
      { DATABASE_URL: "postgresql://postgres:secret@127.0.0.1:1/accord", ACCORD_DATA_DIR: dataRoot },
      { timeoutMs: 1_500 },
    ).catch((e: unknown) => e as Error);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((err as Error).message).toMatch(/^cannot reach PostgreSQL at 127\.0\.0\.1:1 \(ECONNREFUSED after 2 s\); is it running\?$/);
    expect((err as Error).message).not.toContain("secret");
    expect(await readdir(dataRoot)).toEqual([]);
  });

  it("exits 1 with one line, no stack trace, for a malformed DATABASE_URL", async () => {
    const r = await launch({ DATABASE_URL: "localhost:5432/accord" });
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual([
      "accord: DATABASE_URL is malformed (it must start with postgresql://); expected the form postgresql://user:password@host:5432/database",
    ]);
    expect(await readdir(dataRoot)).toEqual([]);
  });

  it("exits 1 with one line after about 10 s when PostgreSQL does not answer", { timeout: 40_000 }, async () => {
    const started = Date.now();
    const r = await launch({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/accord" });
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual(["accord: cannot reach PostgreSQL at 127.0.0.1:1 (ECONNREFUSED after 10 s); is it running?"]);
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(await readdir(dataRoot)).toEqual([]);
  });
});

describe("launcher's embedded database", () => {
  it(
    "is a real PostgreSQL in .data/postgres with the normal pool, and leaves an earlier PGlite directory alone with a note",
    { timeout: 120_000 },
    async () => {
      const root = await mkdtemp(path.join(tmpdir(), "accord-launch-embedded-"));
      await mkdir(path.join(root, "pglite"));
      await writeFile(path.join(root, "pglite", "PG_VERSION"), "17\n");
      const notes: string[] = [];
      const database = await resolveDatabase({ ACCORD_DATA_DIR: root }, { log: (m) => notes.push(m) });
      try {
        expect(database.embedded).toBe(true);
        expect(database.label).toMatch(/^embedded PostgreSQL 18\.\d+ \(.*postgres\) on 127\.0\.0\.1:\d+$/);
        expect(database.env).toEqual({ DATABASE_URL: database.url }); // no DATABASE_POOL_MAX=1 any more
        expect(notes).toHaveLength(1);
        expect(notes[0]).toContain(
          `${path.join(root, "pglite")} holds the PGlite database of an earlier Accord version; it is no longer used`,
        );
        expect(existsSync(path.join(root, "postgres", "PG_VERSION"))).toBe(true);
        expect(await readFile(path.join(root, "pglite", "PG_VERSION"), "utf8")).toBe("17\n");
        // Several sessions at once: two connections see different backends.
        const clients = [new pg.Client(database.url), new pg.Client(database.url)];
        await Promise.all(clients.map((c) => c.connect()));
        const pids = await Promise.all(clients.map(async (c) => (await c.query("SELECT pg_backend_pid() AS p")).rows[0].p));
        await Promise.all(clients.map((c) => c.end()));
        expect(new Set(pids).size).toBe(2);
      } finally {
        await database.stop();
        await rm(root, { recursive: true, force: true });
      }
    },
  );
});
