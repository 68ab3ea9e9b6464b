import "server-only";
import { calendarTokenSchema } from "@/lib/agenda/registration-schemas";
import { pickText } from "@/lib/i18n/localized-text";
import { getPublicAgenda } from "@/server/agenda/get-public-agenda";
import { db } from "@/server/db/client";
import { isPublicEventStatus } from "@/server/access/public-event";
import { buildCalendar } from "./ics-format";
import { sessionToIcs, type IcsContext } from "./session-to-ics";

// The private subscription feed of one registration: the sessions the delegate bookmarked.
// The URL's token is the only credential (calendar apps cannot sign in), so a token that
// is malformed, unknown, cancelled or belongs to an unpublished event answers null (404)
// without saying which.

export async function buildPersonalIcs(token: string, ctx: IcsContext): Promise<string | null> {
  if (!calendarTokenSchema.safeParse(token).success) return null;
  const reg = await db().registration.findUnique({
    where: { calendarToken: token },
    select: {
      status: true,
      event: { select: { slug: true, status: true } },
      bookmarks: { select: { sessionId: true } },
    },
  });
  if (!reg || reg.status === "CANCELLED" || !isPublicEventStatus(reg.event.status)) return null;
  const agenda = await getPublicAgenda(reg.event.slug);
  if (!agenda) return null;
  const wanted = new Set(reg.bookmarks.map((b) => b.sessionId));
  const sessions = agenda.sessions.filter((s) => wanted.has(s.id));
  const name = pickText(agenda.event.title, ctx.locale, agenda.event.languages).text;
  return buildCalendar(
    name,
    sessions.map((s) => sessionToIcs(agenda, s, ctx)),
  );
}
