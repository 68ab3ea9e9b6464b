import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { redisReachable } from "@/server/testing/redis-reachable";
import { memoryThrottleStore, redisThrottleStore, type ThrottleStore } from "./throttle-store.ts";

// The same contract for both stores; the Redis one against a real server (REDIS_URL, else
// the machine's 127.0.0.1:6379; .ci/run starts one). Skipped only when none answers.
const url = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const redisUp = await redisReachable(url);
const clients: Redis[] = [];
const prefix = `accord-test:${randomBytes(6).toString("hex")}:`;
/** A new connection, as another app instance would have. */
function instance(): ThrottleStore {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  clients.push(client);
  return redisThrottleStore(client, prefix);
}
afterAll(async () => {
  if (clients[0]) {
    const keys = await clients[0].keys(`${prefix}*`);
    if (keys.length) await clients[0].del(...keys);
  }
  for (const c of clients) c.disconnect();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function contract(name: string, make: () => ThrottleStore, shared: () => ThrottleStore) {
  it(`${name}: counts several keys in one step and takes hits back`, async () => {
    const store = make();
    expect(await store.hit(["a", "b"], 60_000)).toEqual([1, 1]);
    expect(await store.hit(["a", "b", "c"], 60_000)).toEqual([2, 2, 1]);
    await store.undo(["a", "c", "never-hit"]);
    expect(await store.hit(["a", "c", "never-hit"], 60_000)).toEqual([2, 1, 1]);
  });

  it(`${name}: concurrent hits each see every earlier one`, async () => {
    const store = make();
    const counts = await Promise.all(Array.from({ length: 40 }, () => store.hit(["race"], 60_000)));
    expect(counts.map((c) => c[0]).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it(`${name}: a window ends with its time`, async () => {
    const store = make();
    expect(await store.hit(["short"], 150)).toEqual([1]);
    expect(await store.hit(["short"], 150)).toEqual([2]);
    await sleep(250);
    expect(await store.hit(["short"], 150)).toEqual([1]);
  });

  it(`${name}: two instances share one count`, async () => {
    const one = shared();
    const two = shared();
    await one.hit(["shared"], 60_000);
    await two.hit(["shared"], 60_000);
    expect(await one.hit(["shared"], 60_000)).toEqual([3]);
  });
}

describe("memory throttle store", () => {
  let memory: ThrottleStore | undefined;
  contract(
    "memory",
    () => memoryThrottleStore(),
    () => (memory ??= memoryThrottleStore()),
  );
});

describe.skipIf(!redisUp)(`Redis throttle store (${url})`, () => {
  let n = 0;
  // Each test its own key space; "shared" uses separate connections on one prefix.
  contract(
    "redis",
    () => {
      const client = new Redis(url, { maxRetriesPerRequest: 1 });
      clients.push(client);
      return redisThrottleStore(client, `${prefix}${++n}:`);
    },
    instance,
  );
});
