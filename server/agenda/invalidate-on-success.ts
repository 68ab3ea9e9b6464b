import "server-only";
import type { ActionResult } from "@/server/shared/result";
import { clearAgendaCache, invalidateAgendaCache } from "./agenda-cache.ts";

/**
 * Passes a write's result through and, once it committed, drops the cached public agenda
 * of the event it touched (or every cached agenda, for records shared across events such
 * as People), so readers see the change on their next request.
 */
export function invalidateOnSuccess<T>(eventId: string | null, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) {
    if (eventId) invalidateAgendaCache(eventId);
    else clearAgendaCache();
  }
  return result;
}
