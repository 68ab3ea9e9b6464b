import { getCurrentUser } from "@/server/auth/current-user";
import { exportLedgerCsv } from "@/server/ledger/export-ledger-csv";

// Download of the organization's project ledger with the page's filters (query string);
// staff of the organization only, 404 for everyone else.
export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request): Promise<Response> {
  const actor = await getCurrentUser();
  if (!actor) return text("Please sign in.", 401);
  const result = await exportLedgerCsv(actor, Object.fromEntries(new URL(request.url).searchParams));
  if (!result.ok) return text(result.code === "invalid" ? "Bad filter." : "Not found.", result.code === "invalid" ? 400 : 404);
  return new Response(result.data.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.data.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
