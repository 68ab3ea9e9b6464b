import { findPublicTallyEvent } from "@/server/tally/get-tally";
import { withDatabaseFallback } from "@/server/db/with-database-fallback";
import { EVENT_STREAM_HEADERS } from "@/server/live/event-stream";
import { tallyEventStream } from "@/server/tally/tally-stream";

// Public live tally for venue screens: text/event-stream, no sign-in.
export const dynamic = "force-dynamic";

export const GET = withDatabaseFallback(async (request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> => {
  const { slug } = await context.params;
  const event = await findPublicTallyEvent(slug.slice(0, 120));
  if (!event) return new Response("Event not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(tallyEventStream(event.id, request.signal), { headers: EVENT_STREAM_HEADERS });
});
