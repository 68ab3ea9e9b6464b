import "server-only";
import { currentShedReason, type ShedReason } from "@/lib/overload/shed-decision";
import { RETRY_AFTER_S } from "@/lib/overload/unavailable-page";
import type { ActionResult } from "@/server/shared/result";
import { poolMonitor } from "./client.ts";
import { classifyDatabaseError } from "./database-errors.ts";
import { msg } from "@/lib/i18n/server-messages/message";

// Server actions' answer to a database that cannot serve. Pages get the 503 page from
// proxy.ts, but an action called from a form must not: the browser would throw away the
// form (and what was typed) for the error screen. So proxy.ts lets action requests through
// and each action runs its database work inside unlessDatabaseDown(), which answers with an
// "unavailable" result the form shows above what was typed, in the reader's language:
// - at once, touching nothing, while the pool monitor knows the database is down or stuck;
// - when a query fails because the server went away or no connection came free in time.
// Any other error is rethrown unchanged (a bug must still surface as one).

const UNAVAILABLE_NOT_SAVED = msg("database.notAnswering");
const UNAVAILABLE_MAYBE_SAVED = msg("database.stoppedWhileSaving");
const BUSY_NOT_SAVED = msg("database.serverBusy");

function unavailableResult(reason: ShedReason, attempted: boolean): ActionResult<never> {
  const message = reason === "busy" ? BUSY_NOT_SAVED : attempted ? UNAVAILABLE_MAYBE_SAVED : UNAVAILABLE_NOT_SAVED;
  return { ok: false, code: "unavailable", message, attempted, retryAfterS: RETRY_AFTER_S[reason] };
}

export async function unlessDatabaseDown<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  const known = currentShedReason();
  if (known) return unavailableResult(known, false);
  try {
    return await run();
  } catch (error) {
    const kind = poolMonitor()?.observe(error) ?? classifyDatabaseError(error);
    if (!kind) throw error;
    // A pool timeout means no connection was handed out: nothing reached the database.
    return unavailableResult(kind, kind === "unavailable");
  }
}

/**
 * For actions that answer by redirecting (plain form posts: register, cancel, bookmark): they
 * have no form state to keep, and the page they would redirect to needs the database too. So
 * while the database is known to be down they fail at once and the browser shows the error
 * screen, which says to try again shortly. A busy pool is not a reason here: a burst of
 * registrations queues for a connection (up to the 10 s acquire timeout) and is served.
 */
export function failFastWhenDatabaseDown(): void {
  if (currentShedReason() === "unavailable") throw new DatabaseUnavailableError();
}

export class DatabaseUnavailableError extends Error {
  constructor() {
    super("database not answering (pool monitor reports it down); failing fast");
    this.name = "DatabaseUnavailableError";
  }
}
