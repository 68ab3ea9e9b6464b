import "server-only";
import type { PublicAgenda } from "@/lib/agenda/types";
import { getCachedAgenda } from "./agenda-cache";
import { cacheBypassAllowed } from "./bench-mode";
import { countQueries } from "./count-queries";
import { loadPublicAgenda } from "./load-agenda";

// The public agenda of a published, live or concluded event (null for drafts, archived
// events and unknown slugs). Public data only, so no actor: everyone gets the same object,
// which is why it can be cached.

export interface AgendaRead {
  agenda: PublicAgenda | null;
  cache: "hit" | "miss" | "bypass";
  /** SQL statements sent for this read (0 on a hit). */
  queries: number;
}

export async function readPublicAgenda(slug: string, options: { bypassCache?: boolean } = {}): Promise<AgendaRead> {
  if (options.bypassCache && cacheBypassAllowed()) {
    const { result, queries } = await countQueries(() => loadPublicAgenda(slug));
    return { agenda: result, cache: "bypass", queries };
  }
  let loaded = false;
  const { result, queries } = await countQueries(() =>
    getCachedAgenda(slug, (s) => {
      loaded = true;
      return loadPublicAgenda(s);
    }),
  );
  return { agenda: result, cache: loaded ? "miss" : "hit", queries };
}

export async function getPublicAgenda(slug: string, options: { bypassCache?: boolean } = {}): Promise<PublicAgenda | null> {
  return (await readPublicAgenda(slug, options)).agenda;
}
