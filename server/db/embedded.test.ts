import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { until } from "../testing/until.ts";
import { startEmbeddedDb, freePort, type EmbeddedDb } from "./embedded.ts";
import { PrismaClient } from "./generated/client.ts";
import { migrate } from "./migrate.ts";

// The path `npm run dev` takes with no DATABASE_URL: a real PostgreSQL from npm on disk,
// migrated by our runner, then used by Prisma through a normal pool.
const root = await mkdtemp(path.join(tmpdir(), "accord-embedded-"));
const dataDir = path.join(root, "postgres");
let running: EmbeddedDb | undefined;

afterAll(async () => {
  await running?.stop();
  await rm(root, { recursive: true, force: true });
});

const prismaFor = (url: string) => new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 5 }) });

describe("embedded database", () => {
  it("starts PostgreSQL 18 on a free port, migrates, and serves Prisma reads and writes", { timeout: 120_000 }, async () => {
    const port = await freePort();
    running = await startEmbeddedDb({ dataDir, port });
    expect(running.port).toBe(port);
    expect(running.url).toBe(`postgresql://postgres@127.0.0.1:${port}/postgres`);
    expect(running.version).toMatch(/^18\./);

    const result = await migrate(running.url);
    expect(result.applied.length).toBeGreaterThan(0);

    const prisma = prismaFor(running.url);
    try {
      await prisma.organization.create({ data: { slug: "embedded-test", name: { en: "Embedded" }, country: "FR" } });
      const found = await prisma.organization.findUnique({ where: { slug: "embedded-test" }, select: { country: true } });
      expect(found).toEqual({ country: "FR" });
    } finally {
      await prisma.$disconnect();
    }
  });

  it("runs transactions side by side: one held open does not block another connection", { timeout: 30_000 }, async () => {
    const a = new pg.Client({ connectionString: running!.url });
    const b = new pg.Client({ connectionString: running!.url });
    await Promise.all([a.connect(), b.connect()]);
    try {
      await a.query("BEGIN");
      await a.query("SELECT pg_sleep(0.01)");
      const started = Date.now();
      expect((await b.query<{ n: number }>("SELECT 1 AS n")).rows[0].n).toBe(1);
      // Blocked, it would wait for the COMMIT below, that is for ever; 5 s leaves a busy machine room.
      expect(Date.now() - started).toBeLessThan(5_000);
      const pids = await Promise.all([a, b].map(async (c) => (await c.query("SELECT pg_backend_pid() AS p")).rows[0].p));
      expect(pids[0]).not.toBe(pids[1]);
      await a.query("COMMIT");
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });

  it("delivers NOTIFY from one connection to a LISTEN on another", { timeout: 30_000 }, async () => {
    const listener = new pg.Client({ connectionString: running!.url });
    const sender = new pg.Client({ connectionString: running!.url });
    await Promise.all([listener.connect(), sender.connect()]);
    try {
      const got: string[] = [];
      listener.on("notification", (m) => got.push(`${m.channel}:${m.payload}`));
      await listener.query("LISTEN accord_embedded_test");
      await sender.query("SELECT pg_notify('accord_embedded_test', 'hello')");
      await until(() => got.length > 0, 5_000);
      expect(got).toEqual(["accord_embedded_test:hello"]);
    } finally {
      await Promise.all([listener.end(), sender.end()]);
    }
  });

  it("refuses a second server on the same data directory", async () => {
    await expect(startEmbeddedDb({ dataDir })).rejects.toThrow(/is in use by process \d+/);
  });

  it("picks another port when the wanted one is taken", { timeout: 120_000 }, async () => {
    await running!.stop();
    const blocker = net.createServer();
    const taken = await new Promise<number>((r) => blocker.listen(0, "127.0.0.1", () => r((blocker.address() as net.AddressInfo).port)));
    try {
      running = await startEmbeddedDb({ dataDir, port: taken });
      expect(running.port).not.toBe(taken);
    } finally {
      blocker.close();
    }
  });

  it("keeps its data across a restart on the same directory", { timeout: 120_000 }, async () => {
    await running!.stop();
    running = await startEmbeddedDb({ dataDir, port: await freePort() });
    expect((await migrate(running!.url)).applied).toEqual([]);
    const prisma = prismaFor(running!.url);
    try {
      const found = await prisma.organization.findUnique({ where: { slug: "embedded-test" }, select: { slug: true } });
      expect(found).toEqual({ slug: "embedded-test" });
    } finally {
      await prisma.$disconnect();
    }
  });

  it("refuses a directory that holds something else, and leaves it alone", async () => {
    const other = path.join(root, "not-postgres");
    await mkdir(other);
    await writeFile(path.join(other, "notes.txt"), "mine");
    await expect(startEmbeddedDb({ dataDir: other, port: 0 })).rejects.toThrow(/is not empty and holds no PostgreSQL data/);
    expect(existsSync(path.join(other, "notes.txt"))).toBe(true);
    expect(existsSync(path.join(other, "PG_VERSION"))).toBe(false);
  });
});

describe("throwaway embedded database (tests, bench, drill)", () => {
  it("deletes its data directory on stop", { timeout: 60_000 }, async () => {
    const db = await startEmbeddedDb({ ephemeral: true, port: 0 });
    expect(existsSync(path.join(db.dataDir, "PG_VERSION"))).toBe(true);
    await db.stop();
    expect(existsSync(db.dataDir)).toBe(false);
    expect(await reachable(db.port)).toBe(false);
  });

  it("stops and is deleted when the process that started it is killed outright (SIGKILL)", { timeout: 60_000 }, async () => {
    const script = `const { startEmbeddedDb } = await import(${JSON.stringify(path.resolve("server/db/embedded.ts"))});
      const db = await startEmbeddedDb({ ephemeral: true, port: 0 });
      console.log(JSON.stringify({ port: db.port, dataDir: db.dataDir }));
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const started = await new Promise<{ port: number; dataDir: string }>((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (c: Buffer) => {
        out += c.toString();
        if (out.includes("\n")) resolve(JSON.parse(out.split("\n")[0]));
      });
      child.once("exit", (code) => reject(new Error(`child exited early (${code})`)));
    });
    expect(await reachable(started.port)).toBe(true);
    child.kill("SIGKILL");
    const deadline = Date.now() + 20_000;
    while ((await reachable(started.port)) || existsSync(started.dataDir)) {
      if (Date.now() > deadline) throw new Error("the orphaned server is still running or its directory is left");
      await new Promise((r) => setTimeout(r, 100));
    }
  });
});

function reachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: "127.0.0.1", port });
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });
}
