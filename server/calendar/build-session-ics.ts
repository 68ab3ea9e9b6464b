import "server-only";
import { pickText } from "@/lib/i18n/localized-text";
import { getPublicAgenda } from "@/server/agenda/get-public-agenda";
import { db } from "@/server/db/client";
import { publicEventWhere } from "@/server/access/public-event";
import { buildCalendar } from "./ics-format";
import { sessionToIcs, type IcsContext } from "./session-to-ics";

/** One session of a public event as iCalendar text; null when it is unknown or its event unpublished. */
export async function buildSessionIcs(sessionId: string, ctx: IcsContext): Promise<string | null> {
  if (typeof sessionId !== "string" || sessionId.length === 0 || sessionId.length > 100) return null;
  const row = await db().session.findFirst({
    where: { id: sessionId, event: publicEventWhere() },
    select: { event: { select: { slug: true } } },
  });
  if (!row) return null;
  const agenda = await getPublicAgenda(row.event.slug);
  const session = agenda?.sessions.find((s) => s.id === sessionId);
  if (!agenda || !session) return null;
  const event = sessionToIcs(agenda, session, ctx);
  return buildCalendar(`${event.summary} — ${pickText(agenda.event.title, ctx.locale, agenda.event.languages).text}`, [event]);
}
