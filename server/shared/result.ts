import "server-only";
import type { z } from "zod";

// What every server action returns to a form. Errors are data, not exceptions, so the form
// can show field messages; nothing is written when ok is false.
export type FieldErrors = Record<string, string[]>;
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: "invalid"; message: string; fieldErrors: FieldErrors }
  | { ok: false; code: "not_found" | "forbidden" | "unauthenticated"; message: string }
  | { ok: false; code: "conflict"; message: string; currentVersion?: number }
  | { ok: false; code: "warnings"; message: string; warnings: { code: string; message: string }[] }
  // The database could not serve (server/db/unless-database-down.ts). attempted: false when
  // nothing was sent to it (so nothing was saved); true when it failed part-way, in which
  // case a transaction either committed whole or not at all.
  | { ok: false; code: "unavailable"; message: string; attempted: boolean; retryAfterS: number };

export function invalid(error: z.ZodError, message = "Please correct the highlighted fields."): ActionResult<never> {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, code: "invalid", message, fieldErrors };
}

export const notFound = (what = "Record"): ActionResult<never> => ({ ok: false, code: "not_found", message: `${what} not found.` });

export const conflict = (currentVersion?: number): ActionResult<never> => ({
  ok: false,
  code: "conflict",
  message: "This record was changed by someone else since you opened it. Reload to see their changes.",
  currentVersion,
});
