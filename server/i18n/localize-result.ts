import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import type { Message } from "@/lib/i18n/server-messages/message";
import { translateMessage } from "@/lib/i18n/server-messages/translate-message";
import type { ActionResult, LocalizedResult } from "@/server/shared/result";
import { currentLocale } from "./request.ts";

// Server functions answer with message codes (lib/i18n/server-messages/message.ts); the
// action boundary translates a result into the reader's language before it reaches the form.

/** The reader's language, or English outside a request (scripts, tests). */
export async function readerLocale(): Promise<Locale> {
  try {
    return await currentLocale();
  } catch {
    return "en";
  }
}

export function localizeResult<T>(result: ActionResult<T>, locale: Locale): LocalizedResult<T> {
  if (result.ok) return result;
  const t = (message: Message) => translateMessage(message, locale);
  const message = t(result.message);
  switch (result.code) {
    case "invalid":
      return {
        ...result,
        message,
        fieldErrors: Object.fromEntries(Object.entries(result.fieldErrors).map(([k, list]) => [k, list.map(t)])),
      };
    case "warnings":
      return { ...result, message, warnings: result.warnings.map((w) => ({ ...w, message: t(w.message) })) };
    default:
      return { ...result, message };
  }
}

/** Rows of a CSV import report carry messages too. */
export function localizeRows<R extends { reason: Message }>(rows: R[], locale: Locale): (Omit<R, "reason"> & { reason: string })[] {
  return rows.map((row) => ({ ...row, reason: translateMessage(row.reason, locale) }));
}

export async function localizedForReader<T>(result: ActionResult<T>): Promise<LocalizedResult<T>> {
  return localizeResult(result, await readerLocale());
}
