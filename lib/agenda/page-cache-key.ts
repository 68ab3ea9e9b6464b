import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";

// One key for a public agenda page (/ja/events/x/agenda) as an anonymous reader sees it: UI language plus path
// and sorted query. Shared by proxy.ts (serves hits) and the page cache (stores renders).

const AGENDA_PATH = /^\/(?:en|zh|ja)\/events\/[a-z0-9]+(?:-[a-z0-9]+)*\/agenda$/;

export function isAgendaPath(pathname: string): boolean {
  return AGENDA_PATH.test(pathname);
}

export function readerLocale(cookieHeader: string | null, acceptLanguage: string | null): Locale {
  const saved = cookieHeader?.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`))?.[1];
  return isLocale(saved) ? saved : localeFromAcceptLanguage(acceptLanguage);
}

/** "ja /ja/events/x/agenda?tz=…&venue=…": search parameters sorted so their order does not matter. */
export function agendaPageKey(locale: Locale, pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  params.sort();
  const query = params.toString();
  return `${locale} ${pathname}${query ? `?${query}` : ""}`;
}
