import { LOCALE_NAMES, isLocale, type Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { formatPersonName } from "@/lib/i18n/person-name";

// Plain-text labels for select options and lists, in the reader's language with fallbacks.

export function personLabel(person: { name: unknown; honorific?: unknown }, locale: Locale, languages: readonly string[]): string {
  const honorific = pickText(person.honorific, locale, languages).text;
  const name = pickText(person.name, locale, languages).text;
  return formatPersonName(name, honorific);
}

export function textLabel(value: unknown, locale: Locale, languages: readonly string[]): string {
  return pickText(value, locale, languages).text;
}

export function languageOptions(codes: readonly string[]): { code: string; name: string }[] {
  return codes.filter(isLocale).map((code) => ({ code, name: LOCALE_NAMES[code] }));
}
