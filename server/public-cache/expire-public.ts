import "server-only";
import { revalidateTag } from "next/cache";
import { PUBLIC_TAG } from "@/lib/public-cache-tag";

// Next's own data cache ("use cache" + cacheTag, server/public-cache/cached-public-reads.ts)
// holds what anonymous readers see. Every entry carries PUBLIC_TAG; every organizer write
// that can change a public page expires it at once (not stale-while-revalidate), so the next
// request, on this instance or any other sharing the cache handler (Redis when REDIS_URL is
// set), reads the database again. Writes are rare next to reads, so one tag for all public
// data keeps invalidation simple and obviously complete.

export { PUBLIC_TAG };

/** True inside Next's server runtime; tests and scripts call the loaders directly. */
export function insideNext(): boolean {
  return process.env.NEXT_RUNTIME === "nodejs";
}

/** Expires every cached public read. Call after a committed write (no-op outside Next). */
export function expirePublicCaches(): void {
  if (!insideNext()) return;
  try {
    revalidateTag(PUBLIC_TAG, { expire: 0 });
  } catch (error) {
    // Outside a request (a job started by instrumentation.ts) there is no cache scope to
    // reach; the entries' own short life bounds what such a write can leave behind.
    console.error("accord: public cache not expired", error);
  }
}
