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
  | { ok: false; code: "warnings"; message: string; warnings: { code: string; message: string }[] };

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
