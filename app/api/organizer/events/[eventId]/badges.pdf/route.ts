import { getCurrentUser } from "@/server/auth/current-user";
import { buildBadgesPdf } from "@/server/badges/build-badges-pdf";

// Printable A6 badges of an event's confirmed registrants (?delegation=<id> or
// ?registration=<id> for some), for its organization's staff and admins; 404 for everyone else.
export const dynamic = "force-dynamic";

const TEXT = { "Content-Type": "text/plain; charset=utf-8" };

export async function GET(request: Request, context: { params: Promise<{ eventId: string }> }): Promise<Response> {
  const { eventId } = await context.params;
  const actor = await getCurrentUser();
  if (!actor) return new Response("Please sign in.", { status: 401, headers: TEXT });
  const query = new URL(request.url).searchParams;
  const result = await buildBadgesPdf(actor, {
    eventId,
    delegationId: query.get("delegation") ?? undefined,
    registrationId: query.get("registration") ?? undefined,
  });
  if (!result.ok) return new Response("Not found.", { status: 404, headers: TEXT });
  return new Response(Buffer.from(result.data.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": 'inline; filename="badges.pdf"',
      "Cache-Control": "private, no-store",
    },
  });
}
