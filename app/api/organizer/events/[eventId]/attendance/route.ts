import { getCurrentUser } from "@/server/auth/current-user";
import { isDenied } from "@/server/access/authorize";
import { getAttendance } from "@/server/checkin/get-attendance";

// Counts per venue (checked in / registered) as JSON, for scripts and integrations; the
// check-in board itself is pushed by ./stream. 404 for everyone but the event's staff and
// admins, so events are not revealed.
export const dynamic = "force-dynamic";

const TEXT = { "Content-Type": "text/plain; charset=utf-8" };

export async function GET(_request: Request, context: { params: Promise<{ eventId: string }> }): Promise<Response> {
  const { eventId } = await context.params;
  const actor = await getCurrentUser();
  if (!actor) return new Response("Please sign in.", { status: 401, headers: TEXT });
  const attendance = await getAttendance(actor, eventId);
  if (isDenied(attendance)) return new Response("Not found.", { status: 404, headers: TEXT });
  return Response.json(attendance, { headers: { "Cache-Control": "private, no-store" } });
}
