import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "./locales.ts";

/** The reader's language from raw headers (proxy.ts and the 503 page, which have no next-intl): the cookie, else Accept-Language. */
export function readerLocale(cookieHeader: string | null, acceptLanguage: string | null): Locale {
  const saved = cookieHeader?.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`))?.[1];
  return isLocale(saved) ? saved : localeFromAcceptLanguage(acceptLanguage);
}
