import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDb, freePort, type EmbeddedDb } from "./embedded.ts";
import { PrismaClient } from "./generated/client.ts";
import { migrate } from "./migrate.ts";

// The path `npm run dev` takes with no DATABASE_URL: PGlite on disk, served over TCP,
// migrated by our runner (its own pg.Client), then used by Prisma through a pool of one.
const root = await mkdtemp(path.join(tmpdir(), "accord-embedded-"));
const dataDir = path.join(root, "pglite");
let running: EmbeddedDb | undefined;

afterAll(async () => {
  await running?.stop();
  await rm(root, { recursive: true, force: true });
});

const prismaFor = (url: string) => new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });

describe("embedded database", () => {
  it("starts on a free port, migrates, and serves Prisma reads and writes", { timeout: 120_000 }, async () => {
    const port = await freePort();
    running = await startEmbeddedDb({ dataDir, port });
    expect(running.port).toBe(port);
    expect(running.url).toBe(`postgresql://postgres:postgres@127.0.0.1:${port}/postgres`);

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

  it("refuses a second server on the same data directory", async () => {
    await expect(startEmbeddedDb({ dataDir })).rejects.toThrow(/already open/);
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
});
