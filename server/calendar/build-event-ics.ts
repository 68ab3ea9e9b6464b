import "server-only";
import { pickText } from "@/lib/i18n/localized-text";
import { getPublicAgenda } from "@/server/agenda/get-public-agenda";
import { buildCalendar } from "./ics-format";
import { sessionToIcs, type IcsContext } from "./session-to-ics";

/** The whole programme of a public event as iCalendar text; null for unknown or unpublished events. */
export async function buildEventIcs(slug: string, ctx: IcsContext): Promise<string | null> {
  const agenda = await getPublicAgenda(slug);
  if (!agenda) return null;
  const name = pickText(agenda.event.title, ctx.locale, agenda.event.languages).text;
  return buildCalendar(
    name,
    agenda.sessions.map((s) => sessionToIcs(agenda, s, ctx)),
  );
}
