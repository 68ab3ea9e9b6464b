import "server-only";
import type { CurrentUser } from "@/server/auth/resolve-current-user";
import { notFound, type ActionResult } from "@/server/shared/result";
import { couldEver, can, roleOf, type AccessAction, type AccessTarget } from "./policy.ts";
import { msg, type Message, type RecordName } from "@/lib/i18n/server-messages/message";

// The one check every server function makes, and the one way it says no.
//   gateFor()     before any record is read: anonymous → "unauthenticated"; a caller whom no
//                record could allow (a delegate in the organizer workspace) → "forbidden".
//   authorize()  with the record read: missing, or of another organization → "not found",
//                exactly alike, so ids reveal nothing; a member whose role lacks the action
//                (a VIEWER writing) → "forbidden".

export type Denied = Extract<ActionResult<never>, { code: "unauthenticated" | "forbidden" | "not_found" }>;

export const unauthenticated = (): Denied => ({ ok: false, code: "unauthenticated", message: msg("common.signInToContinue") });
/** Why a signed-in caller is refused: the record-keeping actions keep their own sentence (forms show it). */
export const forbidden = (actor: CurrentUser | null, action?: AccessAction): Denied => ({
  ok: false,
  code: "forbidden",
  message:
    roleOf(actor) === "delegate"
      ? msg("common.onlyOrganizersAndAdmins")
      : action === "record.write"
        ? msg("common.notAllowedToRecordOutcomes")
        : msg("common.roleDoesNotAllow"),
});

/** The caller if some record could allow them the action; otherwise the denial to return. */
export function gateFor(
  actor: CurrentUser | null,
  action: AccessAction,
  signInMessage?: Message,
): { actor: CurrentUser } | { denied: Denied } {
  if (!actor) return { denied: signInMessage ? { ...unauthenticated(), message: signInMessage } : unauthenticated() };
  if (!couldEver(actor, action)) return { denied: forbidden(actor, action) };
  return { actor };
}

/** null when the caller may do the action on this record; otherwise the denial to return. */
export function authorize(
  actor: CurrentUser | null,
  action: AccessAction,
  record: AccessTarget | null,
  what: RecordName = "Record",
): Denied | null {
  if (!actor) return unauthenticated();
  if (record && can(actor, action, record)) return null;
  const role = record ? roleOf(actor, record) : "outsider";
  if (!record || role === "outsider" || role === "delegate") return notFound(what) as Denied;
  return forbidden(actor, action);
}

/** The record itself if the caller may do the action on it; otherwise the denial. */
export function allowed<T extends AccessTarget>(
  actor: CurrentUser | null,
  action: AccessAction,
  record: T | null,
  what: RecordName = "Record",
): T | Denied {
  return authorize(actor, action, record, what) ?? (record as T);
}

export function isDenied(value: unknown): value is Denied {
  return typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false;
}
