import type { Locale } from "./locales.ts";

// BCP 47 tags for the lang attribute. "zh-Hans" and "ja" make browsers pick Simplified
// Chinese and Japanese glyph shapes for the same Han characters (globals.css keys fonts on them).
const TAGS: Record<Locale, string> = { en: "en", zh: "zh-Hans", ja: "ja" };

export function htmlLang(locale: Locale): string {
  return TAGS[locale];
}
