import { serveCachedAgendaPage } from "@/server/agenda/serve-cached-agenda-page";

// Target of proxy.ts's rewrite for anonymous readers of /events/<slug>/agenda.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return serveCachedAgendaPage(request);
}
