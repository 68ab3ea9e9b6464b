import "server-only";
import { expirePublicCaches } from "@/server/public-cache/expire-public";
import type { ActionResult } from "@/server/shared/result";

/**
 * Passes a write's result through and, once it committed, expires the public pages' cached
 * data (server/public-cache/) on every instance, so readers see the change on their next
 * request. `eventId` names the event touched (null: records shared across events, People);
 * every public entry is expired either way (one tag, see expire-public.ts).
 */
export function invalidateOnSuccess<T>(_eventId: string | null, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) expirePublicCaches();
  return result;
}
