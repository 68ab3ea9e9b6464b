import "server-only";
import { readerLocale } from "@/lib/i18n/reader-locale";
import { unavailableResponse } from "@/lib/overload/unavailable-page";
import { poolMonitor } from "./client.ts";
import { classifyDatabaseError } from "./database-errors.ts";

// Route handlers can set their status (pages cannot): when the database is down or no
// connection came free in time they answer the same 503 page proxy.ts sheds with, and
// tell the pool monitor, instead of a bare 500. Any other error is rethrown as before.

export function withDatabaseFallback<Args extends [Request, ...unknown[]]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      const kind = poolMonitor()?.observe(error) ?? classifyDatabaseError(error);
      if (!kind) throw error;
      const request = args[0];
      return unavailableResponse(kind, readerLocale(request.headers.get("cookie"), request.headers.get("accept-language")));
    }
  };
}
