import { readerLocale } from "@/lib/agenda/page-cache-key";
import { currentShedReason } from "./shed-decision.ts";
import { unavailableResponse } from "./unavailable-page.ts";

// proxy.ts's load-shedding step: while the database is down or every connection is stuck,
// answer with the 503 page at once instead of queueing the request. The health route is
// left alone: it reports the database state itself (503 when it cannot reach it).

const EXEMPT = new Set(["/api/health"]);

export function shedWhenDatabaseUnavailable(request: { nextUrl: { pathname: string }; headers: Headers }): Response | null {
  const reason = currentShedReason();
  if (!reason || EXEMPT.has(request.nextUrl.pathname)) return null;
  return unavailableResponse(reason, readerLocale(request.headers.get("cookie"), request.headers.get("accept-language")));
}
