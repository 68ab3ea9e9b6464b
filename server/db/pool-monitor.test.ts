import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { PrismaClient } from "./generated/client.ts";
import { classifyDatabaseError } from "./database-errors.ts";
import { monitorPool } from "./pool-monitor.ts";
import { STALL_MS } from "@/lib/overload/shed-decision";
import { until } from "../testing/until.ts";

// Real failures, not hand-made error objects: a refused port, a pool with no free
// connection, a backend terminated by the server, and the same through Prisma's adapter.

const database = useTestDatabase();
const CLOSED = "postgresql://postgres@127.0.0.1:1/nothing";
const pools: pg.Pool[] = [];
const newPool = (connectionString: string, max = 1) => {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 300 });
  pools.push(pool);
  return pool;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.end().catch(() => {})));
});
const caught = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe("classifyDatabaseError", () => {
  it("calls a refused connection unavailable, a full pool busy, SQL errors neither", async () => {
    expect(classifyDatabaseError(await caught(newPool(CLOSED).query("SELECT 1")))).toBe("unavailable");
    const full = newPool(database.url());
    const held = await full.connect();
    expect(classifyDatabaseError(await caught(full.query("SELECT 1")))).toBe("busy");
    held.release();
    expect(classifyDatabaseError(await caught(full.query("SELECT * FROM no_such_table")))).toBeNull();
    expect(classifyDatabaseError(new Error("boom"))).toBeNull();
    expect(classifyDatabaseError(null)).toBeNull();
  });

  it("calls a backend terminated by the server unavailable", async () => {
    const client = new pg.Client({ connectionString: database.url() });
    client.on("error", () => {});
    await client.connect();
    const pid = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
    const killer = new pg.Client({ connectionString: database.url() });
    await killer.connect();
    const pending = caught(client.query("SELECT pg_sleep(5)"));
    await new Promise((r) => setTimeout(r, 100));
    await killer.query("SELECT pg_terminate_backend($1)", [pid]);
    await killer.end();
    expect(classifyDatabaseError(await pending)).toBe("unavailable");
  });

  it("calls a database closed to new connections (ALTER DATABASE … ALLOW_CONNECTIONS false) unavailable", async () => {
    const name = new URL(database.url()).pathname.slice(1);
    const admin = new pg.Client({ connectionString: Object.assign(new URL(database.url()), { pathname: "/postgres" }).toString() });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      expect(classifyDatabaseError(await caught(newPool(database.url()).query("SELECT 1")))).toBe("unavailable");
    } finally {
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
      await admin.end();
    }
  });

  it("sees through Prisma's wrapping of both failures", async () => {
    const down = new PrismaClient({ adapter: new PrismaPg({ connectionString: CLOSED, connectionTimeoutMillis: 300 }) });
    expect(classifyDatabaseError(await caught(down.$queryRaw`SELECT 1`))).toBe("unavailable");
    await down.$disconnect();
    const pool = newPool(database.url());
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    const held = await pool.connect();
    expect(classifyDatabaseError(await caught(prisma.$queryRaw`SELECT 1`))).toBe("busy");
    expect(classifyDatabaseError(await caught(prisma.$transaction(async (tx) => tx.$queryRaw`SELECT 1`)))).toBe("busy");
    held.release();
    expect(classifyDatabaseError(await caught(prisma.organization.create({ data: { slug: "x", name: {}, country: "CNN" } })))).toBeNull();
  });
});

describe("monitorPool", () => {
  it("reports a stuck pool, then a timed-out wait, and recovers when connections move", async () => {
    let t = 1_000;
    const pool = newPool(database.url(), 1);
    const monitor = monitorPool(pool, { connectionString: database.url(), now: () => t });
    const held = await pool.connect();
    expect(monitor.snapshot()).toMatchObject({ down: false, checkedOut: 1, max: 1, idleForMs: 0 });
    t += STALL_MS;
    expect(monitor.snapshot().idleForMs).toBe(STALL_MS);
    const waiting = caught(pool.query("SELECT 1"));
    t += 200;
    expect(monitor.snapshot().oldestWaitMs).toBe(200);
    expect(classifyDatabaseError(await waiting)).toBe("busy");
    expect(monitor.snapshot()).toMatchObject({ oldestWaitMs: 0, sinceAcquireTimeoutMs: 0 });
    held.release();
    expect(monitor.snapshot()).toMatchObject({ checkedOut: 0, idleForMs: 0 });
  });

  it("goes down on a refused connection and comes back up when its probe reaches the server", async () => {
    const pool = newPool(CLOSED);
    const monitor = monitorPool(pool, { connectionString: database.url() });
    await caught(pool.query("SELECT 1"));
    expect(monitor.snapshot().down).toBe(true);
    await until(() => !monitor.snapshot().down);
    monitor.stop();
  });

  it("survives an idle connection killed by the server: logged, marked down, recovered", async () => {
    const pool = newPool(database.url(), 2);
    const monitor = monitorPool(pool, { connectionString: database.url() });
    const pid = (await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
    const killer = new pg.Client({ connectionString: database.url() });
    await killer.connect();
    await killer.query("SELECT pg_terminate_backend($1)", [pid]);
    await killer.end();
    await until(() => monitor.snapshot().down || pool.totalCount === 0);
    await until(() => !monitor.snapshot().down);
    expect((await pool.query("SELECT 1 AS one")).rows[0].one).toBe(1);
  });
});
