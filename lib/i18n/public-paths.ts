import { isLocale, LOCALES, type Locale } from "./locales.ts";

// Which paths are public pages with the language in the path, and how to build them.
// Public: the home page and everything under /events/. Everything else (the organizer
// workspace, sign-in, My agenda, API routes, the embed) has no locale prefix.

const PUBLIC_UNPREFIXED = /^\/(?:events(?:\/.*)?)?$/;

/** "/ja/events/x" → { locale: "ja", rest: "/events/x" }; "/ja" → { locale: "ja", rest: "/" }. */
export function splitLocale(pathname: string): { locale: Locale | null; rest: string } {
  const first = pathname.split("/")[1];
  if (!isLocale(first)) return { locale: null, rest: pathname };
  const rest = pathname.slice(first.length + 1);
  return { locale: first, rest: rest === "" ? "/" : rest };
}

/** True for a public page path, prefixed (/en/events/x) or not (/events/x, /). */
export function isPublicPagePath(pathname: string): boolean {
  return PUBLIC_UNPREFIXED.test(splitLocale(pathname).rest);
}

/** The public path in a language: ("ja", "/events/x") → "/ja/events/x"; ("ja", "/") → "/ja". */
export function localizedPath(locale: Locale, path: string): string {
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** The same page in another language (the switcher): the prefix replaced, or null when the page has none. */
export function switchLocalePath(pathname: string, to: Locale): string | null {
  const { locale, rest } = splitLocale(pathname);
  return locale ? localizedPath(to, rest) : null;
}

/** `alternates` for a public page's metadata: canonical in its language plus one hreflang per language. */
export function localeAlternates(locale: Locale, path: string) {
  const languages = Object.fromEntries(LOCALES.map((l) => [l, localizedPath(l, path)]));
  return { canonical: localizedPath(locale, path), languages: { ...languages, "x-default": path } };
}
