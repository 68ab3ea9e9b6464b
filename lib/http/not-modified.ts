// When proxy.ts may answer a conditional GET/HEAD of an anonymous public page with
// 304 Not Modified instead of rendering it. Pure code: the proxy passes the clock and a
// reader of the public-data stamp (lib/http/public-last-modified.ts).
//
// What the validator means. A public page depends on two things: the public data (every
// write that can change it expires PUBLIC_TAG, whose expiry time is the stamp; a new
// instance counts as a change, for a deploy's new code and translations) and the clock
// ("live now", relative times, "use cache" entries with their own short lives, writes by
// background jobs that cannot expire the tag). So a 200 says `Last-Modified: <the second it
// was rendered>` (floored: HTTP dates have whole seconds), and a copy is still good when
//   - no write was recorded at or after that second: stamp < since. Strict, and against the
//     exact millisecond stamp, so a write in the same second as the copy's render (before or
//     after it, we cannot tell) always makes a 200; at worst one render too many, and
//   - it is at most MAX_VALIDATOR_AGE_MS old: the copy's clock-dependent parts are then
//     as fresh as the stale-while-revalidate window already allows.
// Rejected: Last-Modified = the stamp itself (with the age cap it would never validate once
// data had been quiet for a minute) or max(stamp, now - 60 s) (same: moves every second).
// A 304 sends the client's own date back as Last-Modified, so a copy's age keeps counting
// from its render and a cache cannot extend it by revalidating.
// Instances compare each other's clocks (as the cache handler's freshness check already
// does): they are assumed NTP-synchronized.

/** How old a validated copy may be; the order of proxy.ts's stale-while-revalidate=60. */
export const MAX_VALIDATOR_AGE_MS = 60_000;

/** `ms` as an HTTP date (IMF-fixdate), floored to the second. */
export function httpDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toUTCString();
}

// IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), the only form we send; the obsolete
// RFC 850 and asctime forms are never ours, so they simply get a 200.
const IMF_FIXDATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** The header's time in ms, or null when absent or not an IMF-fixdate. */
export function parseHttpDate(value: string | null): number | null {
  if (!value || !IMF_FIXDATE.test(value.trim())) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * The If-Modified-Since time when it may be answered 304 as far as the header and the clock
 * go (a date, not in the future, not older than MAX_VALIDATOR_AGE_MS), else null: then no
 * stamp needs reading.
 */
export function revalidatableSince(ifModifiedSince: string | null, now: number): number | null {
  const since = parseHttpDate(ifModifiedSince);
  if (since === null || since > now || now - since > MAX_VALIDATOR_AGE_MS) return null;
  return since;
}

/**
 * The If-Modified-Since time to answer 304 with, or null for a 200: a usable header and no
 * public write at or after it. A stamp that cannot be read (null) means 200.
 */
export async function notModifiedSince(
  ifModifiedSince: string | null,
  now: number,
  readStamp: () => Promise<number | null>,
): Promise<number | null> {
  const since = revalidatableSince(ifModifiedSince, now);
  if (since === null) return null;
  const stamp = await readStamp();
  return stamp !== null && stamp < since ? since : null;
}
