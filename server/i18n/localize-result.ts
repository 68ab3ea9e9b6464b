import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { localizeMessage } from "@/lib/i18n/server-messages/localize-message";
import type { ActionResult } from "@/server/shared/result";
import { currentLocale } from "./request.ts";

// Server functions write their messages in English (tests and logs read them); the action
// boundary translates a result into the reader's language before it reaches the form.

/** The reader's language, or English outside a request (scripts, tests). */
export async function readerLocale(): Promise<Locale> {
  try {
    return await currentLocale();
  } catch {
    return "en";
  }
}

export function localizeResult<T>(result: ActionResult<T>, locale: Locale): ActionResult<T> {
  if (locale === "en" || result.ok) return result;
  const t = (text: string) => localizeMessage(text, locale);
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

/** Rows of a CSV import report carry sentences too. */
export function localizeRows<R extends { reason: string }>(rows: R[], locale: Locale): R[] {
  return locale === "en" ? rows : rows.map((row) => ({ ...row, reason: localizeMessage(row.reason, locale) }));
}

export async function localizedForReader<T>(result: ActionResult<T>): Promise<ActionResult<T>> {
  return localizeResult(result, await readerLocale());
}
