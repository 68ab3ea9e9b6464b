import pg from "pg";
import { describe, expect, it } from "vitest";
import { withDatabaseFallback } from "./with-database-fallback.ts";

// Route handlers answer the localized 503 page for database outages and pass every other
// error on unchanged.

const refused = async () => {
  const client = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:1/nothing", connectionTimeoutMillis: 300 });
  return client.connect().then(
    () => null,
    (e: unknown) => e,
  );
};

describe("withDatabaseFallback", () => {
  it("answers 503 with Retry-After in the reader's language when the database is unreachable", async () => {
    const error = await refused();
    const handler = withDatabaseFallback<[Request]>(async () => {
      throw error;
    });
    const res = await handler(new Request("http://x/api/calendar/events/e", { headers: { cookie: "NEXT_LOCALE=ja" } }));
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await res.text()).toContain("Accord は一時的に利用できません");
  });

  it("answers busy for a pool that gave no connection in time", async () => {
    const handler = withDatabaseFallback<[Request]>(async () => {
      throw new Error("timeout exceeded when trying to connect");
    });
    const res = await handler(new Request("http://x/", { headers: { "accept-language": "zh-CN" } }));
    expect(res.status).toBe(503);
    expect(res.headers.get("x-accord-shed")).toBe("busy");
    expect(await res.text()).toContain("Accord 暂时繁忙");
  });

  it("rethrows other errors and passes answers through", async () => {
    const failing = withDatabaseFallback<[Request]>(async () => {
      throw new TypeError("a bug");
    });
    await expect(failing(new Request("http://x/"))).rejects.toThrow("a bug");
    const ok = withDatabaseFallback<[Request]>(async () => new Response("fine"));
    expect(await (await ok(new Request("http://x/"))).text()).toBe("fine");
  });
});
