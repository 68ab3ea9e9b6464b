import { getCurrentUser } from "@/server/auth/current-user";
import { exportRegistrantsCsv } from "@/server/registrants/export-registrants-csv";

// Download of an event's registrants for its organization's staff and admins; 404 for
// everyone else so events are not revealed.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ eventId: string }> }): Promise<Response> {
  const { eventId } = await context.params;
  const actor = await getCurrentUser();
  if (!actor) return new Response("Please sign in.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const result = await exportRegistrantsCsv(actor, { eventId });
  if (!result.ok) return new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(result.data.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.data.filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
