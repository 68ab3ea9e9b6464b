import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { LanguageButtons } from "./language-buttons";

/** The language switch in the header: translated here, on the server; only the buttons hydrate. */
export async function LanguageSwitcher() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("language")]);
  return <LanguageButtons current={locale as Locale} text={{ label: t("label"), switching: t("switching"), failed: t("failed") }} />;
}
