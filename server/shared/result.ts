import "server-only";
import type { z } from "zod";
import { issueMessage } from "@/lib/i18n/server-messages/issue-message";
import { msg, recordWord, type Message, type RecordName } from "@/lib/i18n/server-messages/message";

// What every server action returns to a form. Errors are data, not exceptions, so the form
// can show field messages; nothing is written when ok is false. Server functions answer with
// message codes (M = Message, lib/i18n/server-messages/message.ts); the action boundary
// hands the form the same shape with the text in the reader's language (LocalizedResult).
export type FieldErrors<M = Message> = Record<string, M[]>;
export type ActionResult<T, M = Message> =
  | { ok: true; data: T }
  | { ok: false; code: "invalid"; message: M; fieldErrors: FieldErrors<M> }
  | { ok: false; code: "not_found" | "forbidden" | "unauthenticated"; message: M }
  | { ok: false; code: "conflict"; message: M; currentVersion?: number }
  | { ok: false; code: "warnings"; message: M; warnings: { code: string; message: M }[] }
  // The database could not serve (server/db/unless-database-down.ts). attempted: false when
  // nothing was sent to it (so nothing was saved); true when it failed part-way, in which
  // case a transaction either committed whole or not at all.
  | { ok: false; code: "unavailable"; message: M; attempted: boolean; retryAfterS: number };

/** A result as the reader's form receives it: every message is text in the reader's language. */
export type LocalizedResult<T> = ActionResult<T, string>;

export function invalid(error: z.ZodError, message: Message = msg("common.correctHighlightedFields")): ActionResult<never> {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (fieldErrors[key] ??= []).push(issueMessage(issue));
  }
  return { ok: false, code: "invalid", message, fieldErrors };
}

/** An "invalid" result for one field, for a check zod cannot make (it needs the database, a password or a time zone). */
export const fieldError = (field: string, message: Message): ActionResult<never> => ({
  ok: false,
  code: "invalid",
  message: msg("common.correctHighlightedFields"),
  fieldErrors: { [field]: [message] },
});

export const notFound = (what: RecordName = "Record"): ActionResult<never> => ({
  ok: false,
  code: "not_found",
  message: msg("common.notFound", { what: recordWord(what) }),
});

export const conflict = (currentVersion?: number): ActionResult<never> => ({
  ok: false,
  code: "conflict",
  message: msg("common.changedBySomeoneElse"),
  currentVersion,
});
