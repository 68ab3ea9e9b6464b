import { getCurrentUser } from "@/server/auth/current-user";
import { isDenied } from "@/server/access/authorize";
import { getAttendance } from "@/server/checkin/get-attendance";

// Live counts per venue (checked in / registered) for the organizer's check-in board, which
// polls it; 404 for everyone but the event's staff and admins, so events are not revealed.
export const dynamic = "force-dynamic";

const TEXT = { "Content-Type": "text/plain; charset=utf-8" };

export async function GET(_request: Request, context: { params: Promise<{ eventId: string }> }): Promise<Response> {
  const { eventId } = await context.params;
  const actor = await getCurrentUser();
  if (!actor) return new Response("Please sign in.", { status: 401, headers: TEXT });
  const venues = await getAttendance(actor, eventId);
  if (isDenied(venues)) return new Response("Not found.", { status: 404, headers: TEXT });
  return Response.json({ venues }, { headers: { "Cache-Control": "private, no-store" } });
}
