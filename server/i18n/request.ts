import "server-only";
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "./load-messages";

// The UI language: the reader's saved choice (cookie set by the switcher), else the
// browser's Accept-Language, else English. No locale prefix in URLs, so links stay shareable.
export async function currentLocale(): Promise<Locale> {
  const saved = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(saved)) return saved;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

// getTranslations({ locale }) asks for a given language (e.g. a party contact's link in
// Japanese on an English browser): that one wins over the reader's.
export default getRequestConfig(async ({ locale: asked }) => {
  const locale = isLocale(asked) ? asked : await currentLocale();
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
