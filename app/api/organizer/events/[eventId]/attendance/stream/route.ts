import { getCurrentUser } from "@/server/auth/current-user";
import { isDenied } from "@/server/access/authorize";
import { attendanceCounts, watchAttendance } from "@/server/checkin/attendance-feed";
import { getAttendance } from "@/server/checkin/get-attendance";
import { withDatabaseFallback } from "@/server/db/with-database-fallback";
import { EVENT_STREAM_HEADERS, liveEventStream } from "@/server/live/event-stream";

// The organizer's check-in board, pushed (issue 20): text/event-stream of the counts per
// venue after every check-in or undo, for the event's staff and admins (404 otherwise, so
// events are not revealed). A stream ends after 10 minutes; the browser reconnects through
// this check again, so a removed organizer stops receiving counts.
export const dynamic = "force-dynamic";

const TEXT = { "Content-Type": "text/plain; charset=utf-8" };
const MAX_AGE_MS = 10 * 60_000;

export const GET = withDatabaseFallback(async (request: Request, context: { params: Promise<{ eventId: string }> }): Promise<Response> => {
  const { eventId } = await context.params;
  const actor = await getCurrentUser();
  if (!actor) return new Response("Please sign in.", { status: 401, headers: TEXT });
  const attendance = await getAttendance(actor, eventId);
  if (isDenied(attendance)) return new Response("Not found.", { status: 404, headers: TEXT });
  const stream = liveEventStream({
    signal: request.signal,
    event: "attendance",
    current: async () => attendanceCounts(attendance),
    watch: (push) => watchAttendance(eventId, push),
    maxAgeMs: MAX_AGE_MS,
  });
  return new Response(stream, { headers: { ...EVENT_STREAM_HEADERS, "Cache-Control": "private, no-cache, no-transform" } });
});
