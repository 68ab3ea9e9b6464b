import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES } from "./locales.ts";

// Public pages carry their language in the path (/en/events/…, /zh/…, /ja/…) so each URL is
// one page in one language: cacheable per URL, shareable, indexable. The organizer workspace,
// sign-in and personal pages stay unprefixed and read the NEXT_LOCALE cookie /
// Accept-Language (server/i18n/request.ts). proxy.ts runs next-intl's middleware on public
// paths only (lib/i18n/public-paths.ts): an unprefixed public URL is redirected once to the
// reader's language by the same cookie, else Accept-Language.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
  // Read for detection only: proxy.ts drops the Set-Cookie the middleware would add on a
  // prefixed page (a public response must not set cookies); the switcher sets it instead.
  localeCookie: { name: LOCALE_COOKIE, sameSite: "lax" },
  alternateLinks: true,
});
