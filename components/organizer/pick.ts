import { pickText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";

/** A text picker bound to the reader's locale and the event's languages (fallback order). */
export function textPicker(locale: Locale, languages: readonly string[] = []) {
  return (value: unknown) => pickText(value, locale, languages).text;
}
