import { randomBytes } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { clearRedisPrefix, redisReachable } from "@/server/testing/redis-reachable";

// The "use cache" handler of next.config.js (use-cache-handler.mjs), driven the way Next
// drives it: two module instances stand for two app instances; with REDIS_URL they share
// entries and tag expiry, without it each keeps its own.
type Entry = { value: ReadableStream<Uint8Array>; tags: string[]; stale: number; timestamp: number; expire: number; revalidate: number };
type Handler = {
  get(key: string, softTags: string[]): Promise<Entry | undefined>;
  set(key: string, entry: Promise<Entry>): Promise<void>;
  getExpiration(tags: string[]): Promise<number>;
  updateTags(tags: string[], durations?: { expire?: number }): Promise<void>;
};

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
// Skipped only when no Redis answers (npm test on a bare machine); .ci/run starts one.
const redisUp = await redisReachable(REDIS_URL);
const prefix = `accord-test-${randomBytes(4).toString("hex")}:`;

async function instance(redis: boolean): Promise<Handler> {
  vi.resetModules();
  vi.stubEnv("ACCORD_CACHE_PREFIX", prefix);
  vi.stubEnv("REDIS_URL", redis ? REDIS_URL : "");
  const mod = (await import("./use-cache-handler.mjs")) as { default: Handler };
  vi.unstubAllEnvs();
  return mod.default;
}

const entry = (text: string, tags: string[], life = { revalidate: 60, expire: 300 }): Entry => ({
  value: new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode(text)), c.close()) }),
  tags,
  stale: 30,
  timestamp: Date.now(),
  ...life,
});
const text = async (e: Entry | undefined) => (e ? new Response(e.value).text() : undefined);

afterAll(async () => {
  if (redisUp) await clearRedisPrefix(REDIS_URL, prefix);
});

describe.skipIf(!redisUp)("shared use-cache handler on Redis", () => {
  let a: Handler;
  let b: Handler;
  beforeEach(async () => {
    a = await instance(true);
    b = await instance(true);
  });

  it("an entry set by one instance is read by another, until a tag expiry on either", async () => {
    const key = `k-${Date.now()}`;
    await a.set(key, Promise.resolve(entry("agenda v1", ["accord-public"])));
    expect(await text(await b.get(key, []))).toBe("agenda v1");
    await new Promise((r) => setTimeout(r, 5));
    await a.updateTags(["accord-public"], { expire: 0 });
    expect(await b.get(key, [])).toBeUndefined();
    expect(await a.get(key, [])).toBeUndefined();
    expect(await b.getExpiration(["accord-public"])).toBeGreaterThan(0);
    // Written after the expiry: served again.
    await b.set(key, Promise.resolve(entry("agenda v2", ["accord-public"])));
    expect(await text(await a.get(key, []))).toBe("agenda v2");
  });

  it("drops entries past their revalidate time and does not store dynamic ones", async () => {
    await a.set("old", Promise.resolve({ ...entry("old", ["x"]), timestamp: Date.now() - 61_000 }));
    expect(await b.get("old", [])).toBeUndefined();
    await a.set("dynamic", Promise.resolve(entry("d", ["x"], { revalidate: 0, expire: 0 })));
    expect(await b.get("dynamic", [])).toBeUndefined();
  });
});

describe("without REDIS_URL", () => {
  it("keeps entries in memory per instance", async () => {
    const a = await instance(false);
    const b = await instance(false);
    await a.set("m", Promise.resolve(entry("mine", ["accord-public"])));
    expect(await text(await a.get("m", []))).toBe("mine");
    expect(await b.get("m", [])).toBeUndefined();
    await new Promise((r) => setTimeout(r, 5));
    await a.updateTags(["accord-public"]);
    expect(await a.get("m", [])).toBeUndefined();
  });
});
