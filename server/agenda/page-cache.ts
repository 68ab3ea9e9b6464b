import "server-only";

// Rendered HTML of public agenda pages as anonymous readers see them, keyed by URL and UI
// language. The data cache (agenda-cache.ts) saves the database reads, but rendering a
// long agenda in React costs far more than reading it; this cache saves the rendering.
// Cleared together with the data cache on every organizer write, so a change shows on
// the next request; entries also expire after TTL_MS as a safety net.
// Bounded by count AND by size: any query string is a key of its own (?x=1, ?x=2, …), so
// a count alone would let a crawler or an attacker park 1,000 copies of a large agenda
// (about 100 KB of HTML for the 9-session demo, megabytes for hundreds of sessions) in
// memory. The oldest pages go first when either bound is reached.

const TTL_MS = 60_000;
const MAX_ENTRIES = 1_000;
export const PAGE_CACHE_MAX_BYTES = 48 * 1024 * 1024;
/** A single page larger than this is served but not kept (it would evict too many others). */
const MAX_PAGE_BYTES = PAGE_CACHE_MAX_BYTES / 8;

export type CachedPage = { status: number; contentType: string; body: string };
type Entry = CachedPage & { expiresAt: number; generation: number };
type Store = { pages: Map<string, Entry>; inflight: Map<string, Promise<CachedPage>>; generation: number; bytes?: number };

const g = globalThis as unknown as { accordAgendaPages?: Store };
const store = (g.accordAgendaPages ??= { pages: new Map(), inflight: new Map(), generation: 0, bytes: 0 });

/** Memory a page holds: V8 keeps non-Latin-1 strings (Chinese, Japanese) at 2 bytes a character. */
const pageBytes = (page: CachedPage) => page.body.length * 2;

function keep(key: string, entry: Entry): void {
  const bytes = pageBytes(entry);
  if (bytes > MAX_PAGE_BYTES) return;
  drop(key);
  while (store.pages.size > 0 && (store.pages.size >= MAX_ENTRIES || (store.bytes ?? 0) + bytes > PAGE_CACHE_MAX_BYTES)) {
    drop(store.pages.keys().next().value as string);
  }
  store.pages.set(key, entry);
  store.bytes = (store.bytes ?? 0) + bytes;
}

function drop(key: string): void {
  const old = store.pages.get(key);
  if (!old) return;
  store.pages.delete(key);
  store.bytes = (store.bytes ?? 0) - pageBytes(old);
}

/** How many pages are kept and the memory they hold (for tests and diagnostics). */
export function agendaPagesStats(): { entries: number; bytes: number } {
  return { entries: store.pages.size, bytes: store.bytes ?? 0 };
}

/** The cached page for key, or renders it once (concurrent misses share one render). */
export async function getOrRenderPage(
  key: string,
  render: () => Promise<CachedPage>,
  now: () => number = Date.now,
): Promise<{ page: CachedPage; hit: boolean }> {
  const hit = store.pages.get(key);
  if (hit && hit.expiresAt > now() && hit.generation === store.generation) return { page: hit, hit: true };
  const pending = store.inflight.get(key);
  if (pending) return { page: await pending, hit: false };
  const startedAt = store.generation;
  const promise = render()
    .then((page) => {
      // Only complete, successful renders that began after the last write are kept.
      if (page.status === 200 && startedAt === store.generation) keep(key, { ...page, expiresAt: now() + TTL_MS, generation: startedAt });
      return page;
    })
    .finally(() => store.inflight.delete(key));
  store.inflight.set(key, promise);
  return { page: await promise, hit: false };
}

/** Drops every rendered page; called by the agenda data cache's invalidation. */
export function clearAgendaPages(): void {
  store.generation += 1;
  store.pages.clear();
  store.bytes = 0;
  store.inflight.clear();
}
