import { getCurrentUser } from "@/server/auth/current-user";
import { exportAgreementsCsv } from "@/server/agreements/export-agreements-csv";
import { findEventIdBySlug } from "@/server/agreements/find-event-id-by-slug";

// Download of the agreement register (all fields, internal rows included) for admins and
// members of the event's organization; 404 for everyone else so events are not revealed.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await context.params;
  const actor = await getCurrentUser();
  if (!actor) return new Response("Please sign in.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const eventId = await findEventIdBySlug(slug);
  const result = eventId ? await exportAgreementsCsv(actor, { eventId }) : null;
  if (!result?.ok) return new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(result.data.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.data.filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
