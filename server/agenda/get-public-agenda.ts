import "server-only";
import type { PublicAgenda } from "@/lib/agenda/types";
import { getCachedAgenda } from "./agenda-cache";
import { agendaCachesOn } from "./agenda-caches-on";
import { loadPublicAgenda } from "./load-agenda";

// The public agenda of a published, live or concluded event (null for drafts, archived
// events and unknown slugs). Public data only, so no actor: everyone gets the same object,
// which is why it can be cached.

export interface AgendaRead {
  agenda: PublicAgenda | null;
  /** "off" when the process runs without agenda caches (ACCORD_AGENDA_CACHE=off). */
  cache: "hit" | "miss" | "off";
}

export async function readPublicAgenda(slug: string): Promise<AgendaRead> {
  if (!agendaCachesOn()) return { agenda: await loadPublicAgenda(slug), cache: "off" };
  let loaded = false;
  const agenda = await getCachedAgenda(slug, (s) => {
    loaded = true;
    return loadPublicAgenda(s);
  });
  return { agenda, cache: loaded ? "miss" : "hit" };
}

export async function getPublicAgenda(slug: string): Promise<PublicAgenda | null> {
  return (await readPublicAgenda(slug)).agenda;
}
