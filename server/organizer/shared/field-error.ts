import "server-only";
import type { ActionResult } from "@/server/shared/result";

/** An "invalid" result for a check zod cannot make (it needs the database or a time zone). */
export function fieldError(field: string, message: string): ActionResult<never> {
  return { ok: false, code: "invalid", message: "Please correct the highlighted fields.", fieldErrors: { [field]: [message] } };
}
