import "server-only";
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "./load-messages";

// next-intl's middleware (proxy.ts, public paths only) passes the path's language in this header.
const PATH_LOCALE_HEADER = "x-next-intl-locale";

// The UI language: on a public page (and its server actions) the path's (/ja/events/…);
// elsewhere (workspace, sign-in, My agenda) the reader's saved choice (cookie set by the
// switcher), else the browser's Accept-Language, else English.
export async function currentLocale(): Promise<Locale> {
  const fromPath = (await headers()).get(PATH_LOCALE_HEADER);
  if (isLocale(fromPath)) return fromPath;
  const saved = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(saved)) return saved;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

// getTranslations({ locale }) asks for a given language (e.g. a party contact's link in
// Japanese on an English browser): that one wins. Public pages carry the language in the
// path (/ja/events/…): next-intl's middleware in proxy.ts passes it on as `requestLocale`,
// and app/[locale]/layout.tsx pins it too. Elsewhere the reader's language.
export default getRequestConfig(async ({ locale: asked, requestLocale }) => {
  const requested = isLocale(asked) ? asked : await requestLocale;
  const locale = isLocale(requested) ? requested : await currentLocale();
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
