import { PUBLIC_TAG } from "@/lib/public-cache-tag";

// The public-data stamp for proxy.ts's 304s (lib/http/not-modified.ts): the later of when
// PUBLIC_TAG last expired and when this instance started (a deploy brings new code and
// translations). The expiry time comes from the "use cache" handler's own store
// (server/public-cache/use-cache-handler.mjs: the Redis hash every instance shares, else its
// in-memory map), through a reader the handler publishes on globalThis: the proxy and the
// handler are separate module instances in one process, and this way the proxy reuses the
// handler's one Redis client and its timeouts. No reader yet (the handler loads with the
// first cached read) or a failed read: null, so the answer is a 200, never an error.

export type TagTimeReader = (tag: string) => Promise<number>;

// The same Symbol.for() key as in use-cache-handler.mjs (plain JavaScript, it cannot import this).
export const TAG_TIME_READER = Symbol.for("accord.cache.tagExpiredAt");
const STARTED_AT = Date.now();

export async function publicDataStamp(): Promise<number | null> {
  const read = (globalThis as Record<symbol, TagTimeReader | undefined>)[TAG_TIME_READER];
  if (!read) return null;
  try {
    return Math.max(STARTED_AT, Number(await read(PUBLIC_TAG)) || 0);
  } catch {
    return null;
  }
}
