import { LOCALES, isLocale, type Locale } from "./locales.ts";
import type { LocalizedText } from "./localized-text.ts";

// Reading content fields in one language, with no schema library: client islands (the tally
// board) import this file, not localized-text.ts, whose zod schema would ship to the browser.

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
export function pickText(value: unknown, locale: Locale, fallbackLanguages: readonly string[] = []): PickedText {
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
