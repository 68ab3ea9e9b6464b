import "server-only";
import { Redis } from "ioredis";
import { env } from "../env.ts";

// Failure counters for sign-in throttling, shared by every app instance through Redis when
// REDIS_URL is set, else kept in this process's memory. A counter is a fixed window that
// starts with its first failure. `hit` adds one to several counters atomically (one Lua
// script), so concurrent attempts each see every earlier one.

export interface ThrottleStore {
  /** Adds 1 to each key (a new key lives `windowMs`) and returns the new counts. */
  hit(keys: string[], windowMs: number): Promise<number[]>;
  /** Takes back one hit per key (an attempt that turned out not to count). */
  undo(keys: string[]): Promise<void>;
}

const HIT = `
local out = {}
for i, key in ipairs(KEYS) do
  local n = redis.call('INCR', key)
  if n == 1 then redis.call('PEXPIRE', key, ARGV[1]) end
  out[i] = n
end
return out`;
const UNDO = `
for _, key in ipairs(KEYS) do
  if redis.call('EXISTS', key) == 1 and tonumber(redis.call('GET', key)) > 0 then redis.call('DECR', key) end
end
return 0`;

export function redisThrottleStore(redis: Redis, prefix = "accord:sign-in:"): ThrottleStore {
  const full = (keys: string[]) => keys.map((k) => prefix + k);
  return {
    async hit(keys, windowMs) {
      return ((await redis.eval(HIT, keys.length, ...full(keys), String(windowMs))) as number[]).map(Number);
    },
    async undo(keys) {
      await redis.eval(UNDO, keys.length, ...full(keys));
    },
  };
}

export function memoryThrottleStore(now: () => number = Date.now): ThrottleStore {
  const counters = new Map<string, { count: number; resetAt: number }>();
  const live = (key: string) => {
    const entry = counters.get(key);
    if (entry && entry.resetAt <= now()) counters.delete(key);
    return counters.get(key);
  };
  return {
    async hit(keys, windowMs) {
      if (counters.size > 50_000) for (const key of [...counters.keys()]) live(key); // drop expired
      return keys.map((key) => {
        const entry = live(key) ?? { count: 0, resetAt: now() + windowMs };
        entry.count += 1;
        counters.set(key, entry);
        return entry.count;
      });
    },
    async undo(keys) {
      for (const key of keys) {
        const entry = live(key);
        if (entry && entry.count > 0) entry.count -= 1;
      }
    },
  };
}

const g = globalThis as unknown as { accordThrottleStore?: ThrottleStore };

/** The process's store: Redis when REDIS_URL is set (failing over to memory while it is unreachable). */
export function throttleStore(): ThrottleStore {
  if (g.accordThrottleStore) return g.accordThrottleStore;
  const url = env().REDIS_URL;
  const memory = memoryThrottleStore();
  if (!url) return (g.accordThrottleStore = memory);
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000, lazyConnect: false });
  redis.on("error", (error: Error) =>
    console.error(`sign-in throttle: Redis unavailable (${error.message}); counting in memory meanwhile`),
  );
  const shared = redisThrottleStore(redis);
  const withFallback =
    <A extends unknown[], R>(fn: (...a: A) => Promise<R>, local: (...a: A) => Promise<R>) =>
    (...args: A) =>
      redis.status === "ready" ? fn(...args).catch(() => local(...args)) : local(...args);
  return (g.accordThrottleStore = { hit: withFallback(shared.hit, memory.hit), undo: withFallback(shared.undo, memory.undo) });
}

/** Tests swap the store (memory with a fake clock, or a Redis on its own prefix). */
export function setThrottleStoreForTests(store: ThrottleStore | undefined): void {
  g.accordThrottleStore = store;
}
