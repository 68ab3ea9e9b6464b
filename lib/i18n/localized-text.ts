import { z } from "zod";
import "@/lib/validation/zod-messages";
import { LOCALES, type Locale } from "./locales.ts";
import { code } from "@/lib/i18n/server-messages/message";

// Content fields (titles, descriptions, names) are stored as one string per language.
// Writes go through localizedTextSchema; reads go through pickText, which never hides a
// missing translation: it falls back to the event's own languages and says it did.

export type LocalizedText = Partial<Record<Locale, string>>;

/**
 * Schema for a multilingual text field. Each language is trimmed; blank languages are
 * dropped; at least one language must remain; no language may exceed `maxLength`.
 */
export function localizedTextSchema(maxLength = 200) {
  const one = z
    .string()
    .trim()
    .max(maxLength, { error: code("validation.mustAtMostCharacters") })
    .optional();
  return z
    .object({ en: one, zh: one, ja: one })
    .strict()
    .transform((value): LocalizedText => {
      const out: LocalizedText = {};
      for (const lang of LOCALES) if (value[lang]) out[lang] = value[lang];
      return out;
    })
    .refine((value) => Object.keys(value).length > 0, {
      error: code("field.enterTextAtLeastLanguage"),
    });
}

export { asLocalizedText, pickText, type PickedText } from "./pick-text.ts";
