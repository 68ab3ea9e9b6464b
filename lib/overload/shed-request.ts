import { readerLocale } from "@/lib/i18n/reader-locale";
import { currentShedReason } from "./shed-decision.ts";
import { unavailableResponse } from "./unavailable-page.ts";

// proxy.ts's load-shedding step: while the database is down or every connection is stuck,
// answer with the 503 page at once instead of queueing the request. The health route is
// left alone: it reports the database state itself (503 when it cannot reach it). So are
// server actions called from a page (the `Next-Action` header): a 503 page there would make
// the browser drop the form for the error screen, so they go on to the action, which answers
// "unavailable" at once from the same pool state and the form keeps what was typed
// (server/db/unless-database-down.ts). A form posted without JavaScript has no such header
// and gets the 503 page; the browser's Back button still holds what was typed.

const EXEMPT = new Set(["/api/health"]);

export function shedWhenDatabaseUnavailable(request: {
  method?: string;
  nextUrl: { pathname: string };
  headers: Headers;
}): Response | null {
  const reason = currentShedReason();
  if (!reason || EXEMPT.has(request.nextUrl.pathname)) return null;
  if (request.method === "POST" && request.headers.has("next-action")) return null;
  return unavailableResponse(reason, readerLocale(request.headers.get("cookie"), request.headers.get("accept-language")));
}
