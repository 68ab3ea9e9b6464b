import { z } from "zod";
import "@/lib/validation/zod-messages";
import { LOCALES, isLocale, type Locale } from "./locales.ts";
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

/** Reads a stored JSON value as LocalizedText, ignoring anything that is not a non-empty string. */
export function asLocalizedText(value: unknown): LocalizedText {
  const out: LocalizedText = {};
  if (!value || typeof value !== "object" || Array.isArray(value)) return out;
  for (const [lang, text] of Object.entries(value as Record<string, unknown>)) {
    if (isLocale(lang) && typeof text === "string" && text.trim() !== "") out[lang] = text.trim();
  }
  return out;
}

export interface PickedText {
  text: string;
  /** The language `text` is written in (use it as the element's `lang`). */
  lang: Locale;
  /** True when `text` is not in the requested locale; show a marker. */
  isFallback: boolean;
}

/**
 * The text in `locale`, else in the first of `fallbackLanguages` (the event's content
 * languages, in order) that has it, else in any language we have. An empty value gives
 * `text: ""` in the requested locale.
 */
export function pickText(
  value: unknown,
  locale: Locale,
  fallbackLanguages: readonly string[] = [],
): PickedText {
  const text = asLocalizedText(value);
  const own = text[locale];
  if (own) return { text: own, lang: locale, isFallback: false };
  const order = [...fallbackLanguages.filter(isLocale), ...LOCALES];
  for (const lang of order) {
    const candidate = text[lang];
    if (candidate) return { text: candidate, lang, isFallback: true };
  }
  return { text: "", lang: locale, isFallback: false };
}
