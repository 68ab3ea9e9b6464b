import { checkDatabase } from "@/server/health/check-database";

// Liveness and readiness for load balancers, the launcher and the e2e runner.
export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  return Response.json({ status: database.ok ? "ok" : "degraded", database }, { status: database.ok ? 200 : 503 });
}
