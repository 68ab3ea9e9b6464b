import "server-only";
import type { ActionResult } from "@/server/shared/result";
import { msg, type Message } from "@/lib/i18n/server-messages/message";

/** An "invalid" result for a check zod cannot make (it needs the database or a time zone). */
export function fieldError(field: string, message: Message): ActionResult<never> {
  return { ok: false, code: "invalid", message: msg("common.correctHighlightedFields"), fieldErrors: { [field]: [message] } };
}
