// Next's "use cache" handler (next.config.js `cacheHandlers.default`), loaded by Next's
// server outside React's server graph, hence plain JavaScript and no "server-only".
//
// With REDIS_URL every instance shares one store: entries under `<prefix>e:<key>` (expiring
// with the entry's own life) and tag expiry times in the hash `<prefix>tags`, read on every
// get, so a revalidateTag() on one instance is seen by every instance on its next request.
// Without REDIS_URL (npm start on the embedded database) the same logic runs in memory.
// A Redis outage degrades to cache misses (the database answers), never to errors.
// The interface is Next 16's CacheHandler (next/dist/server/lib/cache-handlers/types.d.ts).
import Redis from "ioredis";

const PREFIX = process.env.ACCORD_CACHE_PREFIX || "accord:cache:";
const MAX_MEMORY_ENTRIES = 2_000;

async function toBuffer(stream) {
  const chunks = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

function toStream(buffer) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(buffer));
      controller.close();
    },
  });
}

/** Entries past their revalidate time are dropped rather than served stale (as Next's own in-memory handler does in production). */
function fresh(meta, tagTimes, now) {
  if (now > meta.timestamp + meta.revalidate * 1000) return false;
  return tagTimes.every((t) => !t || Number(t) <= meta.timestamp);
}

function memoryStore() {
  const entries = new Map();
  const tags = new Map();
  return {
    async getEntry(key) {
      return entries.get(key) ?? null;
    },
    async setEntry(key, stored) {
      if (entries.size >= MAX_MEMORY_ENTRIES) entries.delete(entries.keys().next().value);
      entries.set(key, stored);
    },
    async tagTimes(list) {
      return list.map((t) => tags.get(t) ?? 0);
    },
    async expireTags(list, at) {
      for (const t of list) tags.set(t, at);
    },
  };
}

function redisStore(url) {
  // Commands wait for the connection (the first requests after start) but never long: a
  // Redis that does not answer within 500 ms is a cache miss, not a slow page.
  const redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000, commandTimeout: 500 });
  redis.on("error", (error) => console.error("accord cache: redis", error.message));
  return {
    async getEntry(key) {
      const raw = await redis.get(`${PREFIX}e:${key}`);
      if (!raw) return null;
      const { value, ...meta } = JSON.parse(raw);
      return { meta, value: Buffer.from(value, "base64") };
    },
    async setEntry(key, stored, ttlMs) {
      await redis.set(`${PREFIX}e:${key}`, JSON.stringify({ ...stored.meta, value: stored.value.toString("base64") }), "PX", ttlMs);
    },
    async tagTimes(list) {
      return list.length ? (await redis.hmget(`${PREFIX}tags`, ...list)).map((t) => Number(t ?? 0)) : [];
    },
    async expireTags(list, at) {
      if (list.length) await redis.hset(`${PREFIX}tags`, Object.fromEntries(list.map((t) => [t, String(at)])));
    },
  };
}

const store = process.env.REDIS_URL ? redisStore(process.env.REDIS_URL) : memoryStore();
// proxy.ts reads when the public tag last expired, from this same store and client, for its
// 304s (lib/http/public-last-modified.ts, which names the same symbol). Errors reach it.
globalThis[Symbol.for("accord.cache.tagExpiredAt")] = async (tag) => (await store.tagTimes([tag]))[0] ?? 0;
const pending = new Map();

const handler = {
  async get(cacheKey) {
    await pending.get(cacheKey);
    try {
      const stored = await store.getEntry(cacheKey);
      if (!stored) return undefined;
      const times = await store.tagTimes(stored.meta.tags);
      if (!fresh(stored.meta, times, Date.now())) return undefined;
      return { ...stored.meta, value: toStream(stored.value) };
    } catch (error) {
      console.error("accord cache: get failed", error.message);
      return undefined;
    }
  },

  async set(cacheKey, pendingEntry) {
    let done = () => {};
    pending.set(cacheKey, new Promise((resolve) => (done = resolve)));
    try {
      const entry = await pendingEntry;
      // An entry with no life is dynamic: Next regenerates it on every read anyway.
      if (entry.expire === 0) return;
      const { value, ...meta } = entry;
      await store.setEntry(cacheKey, { meta, value: await toBuffer(value) }, Math.max(1_000, Math.min(entry.expire, 7 * 86_400) * 1000));
    } catch (error) {
      console.error("accord cache: set failed", error.message);
    } finally {
      pending.delete(cacheKey);
      done();
    }
  },

  // Tags are read from the store on every get, so there is nothing to refresh.
  async refreshTags() {},

  async getExpiration(tags) {
    try {
      return Math.max(0, ...(await store.tagTimes(tags)));
    } catch (error) {
      console.error("accord cache: getExpiration failed", error.message);
      return 0;
    }
  },

  async updateTags(tags, durations) {
    const at = Date.now() + (durations?.expire ?? 0) * 1000;
    try {
      await store.expireTags(tags, at);
    } catch (error) {
      // Other instances keep this data until its life (a minute) ends.
      console.error("accord cache: tag expiry not shared", tags, error.message);
    }
  },
};

export default handler;
