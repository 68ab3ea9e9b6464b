import { openSessionStream } from "@/server/agenda/open-session-stream";
import { getCurrentUser } from "@/server/auth/current-user";
import { withDatabaseFallback } from "@/server/db/with-database-fallback";

// A session's stream link (issue 20): counts a registrant's online attendance, then sends
// the browser to the stream (303). 404 when the reader may not have the link, exactly where
// the session page would not show it.
export const dynamic = "force-dynamic";

export const GET = withDatabaseFallback(
  async (_request: Request, context: { params: Promise<{ slug: string; sessionId: string }> }): Promise<Response> => {
    const { slug, sessionId } = await context.params;
    const opened = await openSessionStream(await getCurrentUser(), { slug, sessionId });
    if (!opened) return new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    return new Response(null, { status: 303, headers: { Location: opened.url, "Cache-Control": "private, no-store" } });
  },
);
