import "server-only";

// The part every live board's feed shares (tally, check-in counts): watchers per event, and
// after a change ONE computation per event after a short debounce, its result handed to every
// watcher of that event in this process. The window is fixed from the first change, so a
// burst of changes costs one query and a steady stream cannot postpone the update forever.
// State lives on globalThis under `name`: Next may bundle route handlers and server actions
// into separate module graphs in one process, and they must share one feed.

export type DebouncedFeed<T> = {
  /** Calls `watcher` with each new value for the event; returns the unsubscribe function. */
  watch(eventId: string, watcher: (value: T) => void): () => void;
  /** Something changed: compute once after the debounce and push, if anyone watches. */
  changed(eventId: string): void;
  watchedEvents(): string[];
  /** Drops pending computations (tests start each file afresh). */
  reset(): void;
};

type State<T> = { watchers: Map<string, Set<(value: T) => void>>; timers: Map<string, ReturnType<typeof setTimeout>> };

export function debouncedFeed<T>(
  name: string,
  options: { debounceMs: number; compute: (eventId: string) => Promise<T> },
): DebouncedFeed<T> {
  const g = globalThis as unknown as Record<string, State<T> | undefined>;
  const state: State<T> = (g[name] ??= { watchers: new Map(), timers: new Map() });
  return {
    watch(eventId, watcher) {
      const set = state.watchers.get(eventId) ?? new Set();
      set.add(watcher);
      state.watchers.set(eventId, set);
      return () => {
        set.delete(watcher);
        if (set.size === 0) state.watchers.delete(eventId);
      };
    },
    changed(eventId) {
      if (!state.watchers.get(eventId)?.size || state.timers.has(eventId)) return;
      const timer = setTimeout(async () => {
        state.timers.delete(eventId);
        try {
          const value = await options.compute(eventId);
          for (const watcher of [...(state.watchers.get(eventId) ?? [])]) watcher(value);
        } catch (error) {
          console.error(`${name}: recomputation failed`, error);
        }
      }, options.debounceMs);
      state.timers.set(eventId, timer);
    },
    watchedEvents: () => [...state.watchers.keys()],
    reset() {
      for (const t of state.timers.values()) clearTimeout(t);
      state.timers.clear();
    },
  };
}
