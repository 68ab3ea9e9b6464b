import "server-only";
import type { PublicAgenda } from "@/lib/agenda/types";
import { insideNext } from "@/server/public-cache/expire-public";
import { cachedPublicAgenda } from "@/server/public-cache/cached-public-reads";
import { agendaCachesOn } from "./agenda-caches-on";
import { loadPublicAgenda } from "./load-agenda";

// The public agenda of a published, live or concluded event (null for drafts, archived
// events and unknown slugs). Public data only, so no actor: everyone gets the same object,
// which is why it is kept in Next's cache (server/public-cache/), shared by every instance
// when REDIS_URL is set. Tests and scripts (outside Next) and a process started with
// ACCORD_AGENDA_CACHE=off (the benchmark's uncached runs) read the database every time.
export async function getPublicAgenda(slug: string): Promise<PublicAgenda | null> {
  if (!agendaCachesOn() || !insideNext()) return loadPublicAgenda(slug);
  return cachedPublicAgenda(slug);
}
