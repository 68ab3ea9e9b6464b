import "server-only";
import type { PublicAgenda } from "@/lib/agenda/types";
import { clearAgendaPages } from "./page-cache.ts";

// In-process cache of built public agendas, keyed by slug. Organizer writes call
// invalidateAgendaCache(eventId) inside their success path so the change shows on the
// next request; the 60 s expiry is only a safety net for writes that forget to (or run in
// another process). Misses for unknown slugs are not cached, so random slugs cannot fill
// memory; the size cap bounds it anyway.

const TTL_MS = 60_000;
const MAX_ENTRIES = 500;

type Entry = { eventId: string; agenda: PublicAgenda; expiresAt: number };
const g = globalThis as unknown as {
  accordAgendaCache?: Map<string, Entry>;
  accordAgendaInflight?: Map<string, Promise<PublicAgenda | null>>;
};
const cache = (g.accordAgendaCache ??= new Map());
// Concurrent misses for the same slug share one database read.
const inflight = (g.accordAgendaInflight ??= new Map());
// Bumped by every invalidation: a read that started before it must not be cached after it.
let generation = 0;

export async function getCachedAgenda(
  slug: string,
  load: (slug: string) => Promise<PublicAgenda | null>,
  now: () => number = Date.now,
): Promise<PublicAgenda | null> {
  const hit = cache.get(slug);
  if (hit && hit.expiresAt > now()) return hit.agenda;
  const pending = inflight.get(slug);
  if (pending) return pending;
  const startedAt = generation;
  const promise = load(slug)
    .then((agenda) => {
      if (startedAt !== generation) return agenda;
      if (agenda) {
        if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
        cache.set(slug, { eventId: agenda.event.id, agenda, expiresAt: now() + TTL_MS });
      } else cache.delete(slug);
      return agenda;
    })
    .finally(() => inflight.delete(slug));
  inflight.set(slug, promise);
  return promise;
}

/** Drops every cached agenda of the event (under any slug it had). Call after any organizer write. */
export function invalidateAgendaCache(eventId: string): void {
  for (const [slug, entry] of cache) if (entry.eventId === eventId) cache.delete(slug);
  // A read started before the write may hold stale data: stop sharing it and never cache it.
  generation += 1;
  inflight.clear();
  clearAgendaPages();
}

/** Drops every cached agenda: after writes to records shared across events (People), and in tests. */
export function clearAgendaCache(): void {
  generation += 1;
  cache.clear();
  inflight.clear();
  clearAgendaPages();
}
