import { randomBytes } from "node:crypto";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { PUBLIC_TAG } from "@/lib/public-cache-tag";
import { clearRedisPrefix, redisReachable } from "@/server/testing/redis-reachable";
import { TAG_TIME_READER } from "./public-last-modified";

// The stamp proxy.ts's 304s compare against: read through the reader the "use cache" handler
// (server/public-cache/use-cache-handler.mjs) publishes, so from the handler's own store.
// Each fresh module import stands for another app instance.
type Handler = { updateTags(tags: string[], durations?: { expire?: number }): Promise<void> };

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const redisUp = await redisReachable(REDIS_URL);
const prefix = `accord-test-lm-${randomBytes(4).toString("hex")}:`;

/** A fresh handler module (an instance's cache handler), which publishes its tag reader. */
async function handler(redisUrl: string): Promise<Handler> {
  vi.resetModules();
  vi.stubEnv("ACCORD_CACHE_PREFIX", prefix);
  vi.stubEnv("REDIS_URL", redisUrl);
  const mod = (await import("@/server/public-cache/use-cache-handler.mjs")) as unknown as { default: Handler };
  vi.unstubAllEnvs();
  return mod.default;
}

/** A fresh proxy-side reader module (its own instance start time). */
async function reader(): Promise<() => Promise<number | null>> {
  vi.resetModules();
  return (await import("./public-last-modified")).publicDataStamp;
}

const tick = () => new Promise((r) => setTimeout(r, 5));

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[TAG_TIME_READER];
});

afterAll(async () => {
  if (redisUp) await clearRedisPrefix(REDIS_URL, prefix);
});

describe.skipIf(!redisUp)("public-data stamp on Redis", () => {
  it("an expiry recorded by one instance's cache handler moves the stamp another instance reads", async () => {
    const a = await handler(REDIS_URL);
    const stampBefore = await (await reader())();
    expect(stampBefore).not.toBeNull();
    await tick();
    const expiredAt = Date.now();
    await a.updateTags([PUBLIC_TAG], { expire: 0 });

    // Instance B: its own handler module and Redis client, its own reader.
    await handler(REDIS_URL);
    const readB = await reader();
    const stampB = await readB();
    expect(stampB).toBeGreaterThanOrEqual(expiredAt);
    expect(stampB).toBeGreaterThan(stampBefore!);
    // Not yet expired again: B's stamp stays, later expiries move it again.
    await tick();
    expect(await readB()).toBe(stampB);
    await tick();
    await a.updateTags([PUBLIC_TAG], { expire: 0 });
    expect(await readB()).toBeGreaterThan(stampB!);
  });
});

describe("public-data stamp without Redis", () => {
  it("is the instance's start until the tag expires in the handler's memory, then that time", async () => {
    const h = await handler("");
    const before = Date.now();
    const read = await reader();
    const started = await read();
    expect(started).toBeGreaterThanOrEqual(before);
    await tick();
    await h.updateTags([PUBLIC_TAG], { expire: 0 });
    expect(await read()).toBeGreaterThan(started!);
  });

  it("is null (no 304) before a cache handler has loaded", async () => {
    expect(await (await reader())()).toBeNull();
  });

  it("is null (no 304), not an error, when Redis does not answer", async () => {
    const h = await handler("redis://127.0.0.1:1");
    void h;
    const read = await reader();
    const started = Date.now();
    expect(await read()).toBeNull();
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
