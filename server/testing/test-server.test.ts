import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { answers, ensureTestServer } from "./test-server.ts";

// Which server the tests use. The "nothing answers on 5432" branch (an embedded server for
// the run) is exercised by `npm test` in a network namespace (docs/BENCHMARKS.md) and by
// server/db/embedded.test.ts; here the choices that must not start anything.
const saved = { test: process.env.TEST_DATABASE_URL, db: process.env.DATABASE_URL };
afterEach(() => {
  process.env.TEST_DATABASE_URL = saved.test;
  if (saved.db === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved.db;
});

describe("ensureTestServer", () => {
  it("uses TEST_DATABASE_URL as configured and starts nothing", async () => {
    process.env.TEST_DATABASE_URL = "postgresql://postgres@127.0.0.1:1/postgres";
    const server = await ensureTestServer();
    expect(server).toMatchObject({ url: "postgresql://postgres@127.0.0.1:1/postgres", label: "127.0.0.1:1", embedded: false });
  });

  it("tells an open port from a closed one", async () => {
    const listener = net.createServer();
    const port = await new Promise<number>((r) => listener.listen(0, "127.0.0.1", () => r((listener.address() as net.AddressInfo).port)));
    listener.close();
    await new Promise((r) => listener.once("close", r));
    expect(await answers("127.0.0.1", port, 1_000)).toBe(false);
    const again = net.createServer();
    await new Promise<void>((r) => again.listen(port, "127.0.0.1", () => r()));
    try {
      expect(await answers("127.0.0.1", port, 1_000)).toBe(true);
    } finally {
      again.close();
    }
  });
});
