import { asLocalizedText } from "@/lib/i18n/localized-text";
import { LOCALES } from "@/lib/i18n/locales";
import type { FormValues } from "@/server/organizer/shared/form-input";

// Stored records → the flat field names the organizer forms post ("title.en", "languages[]").

export function localizedValues(name: string, value: unknown): FormValues {
  const text = asLocalizedText(value);
  return Object.fromEntries(LOCALES.map((lang) => [`${name}.${lang}`, text[lang] ?? ""]));
}

export const checked = (on: boolean | null | undefined) => (on ? "on" : "");
export const str = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));
