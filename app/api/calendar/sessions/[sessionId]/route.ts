import { buildSessionIcs } from "@/server/calendar/build-session-ics";
import { withDatabaseFallback } from "@/server/db/with-database-fallback";
import { icsContext, icsResponse } from "@/server/calendar/calendar-response";

/** One session of a public event as iCalendar. */
export const GET = withDatabaseFallback(async (request: Request, { params }: { params: Promise<{ sessionId: string }> }) => {
  const { sessionId } = await params;
  return icsResponse(await buildSessionIcs(sessionId, await icsContext(request)), `${sessionId}.ics`);
});
