import { buildEventIcs } from "@/server/calendar/build-event-ics";
import { withDatabaseFallback } from "@/server/db/with-database-fallback";
import { icsContext, icsResponse } from "@/server/calendar/calendar-response";

/** The whole programme of a public event as iCalendar. */
export const GET = withDatabaseFallback(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  return icsResponse(await buildEventIcs(slug, await icsContext(request)), `${slug}.ics`);
});
