import "server-only";

// Rendered HTML of public agenda pages as anonymous readers see them, keyed by URL and UI
// language. The data cache (agenda-cache.ts) saves the database reads, but rendering a
// long agenda in React costs far more than reading it; this cache saves the rendering.
// Cleared together with the data cache on every organizer write, so a change shows on
// the next request; entries also expire after TTL_MS as a safety net.

const TTL_MS = 60_000;
const MAX_ENTRIES = 1_000;

export type CachedPage = { status: number; contentType: string; body: string };
type Entry = CachedPage & { expiresAt: number; generation: number };
type Store = { pages: Map<string, Entry>; inflight: Map<string, Promise<CachedPage>>; generation: number };

const g = globalThis as unknown as { accordAgendaPages?: Store };
const store = (g.accordAgendaPages ??= { pages: new Map(), inflight: new Map(), generation: 0 });

/** The cached page for key, or renders it once (concurrent misses share one render). */
export async function getOrRenderPage(key: string, render: () => Promise<CachedPage>, now: () => number = Date.now): Promise<{ page: CachedPage; hit: boolean }> {
  const hit = store.pages.get(key);
  if (hit && hit.expiresAt > now() && hit.generation === store.generation) return { page: hit, hit: true };
  const pending = store.inflight.get(key);
  if (pending) return { page: await pending, hit: false };
  const startedAt = store.generation;
  const promise = render()
    .then((page) => {
      // Only complete, successful renders that began after the last write are kept.
      if (page.status === 200 && startedAt === store.generation) {
        if (store.pages.size >= MAX_ENTRIES) store.pages.delete(store.pages.keys().next().value as string);
        store.pages.set(key, { ...page, expiresAt: now() + TTL_MS, generation: startedAt });
      }
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
  store.inflight.clear();
}
