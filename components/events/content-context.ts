import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import type { FallbackLabels } from "./localized";

/**
 * Everything a server component needs to show an event's content in the reader's language:
 * `pick` applies the event's language order for fallbacks; `labels` name the fallback.
 */
export async function contentContext(eventLanguages: readonly string[]) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("content");
  const labels: FallbackLabels = {
    marker: (language) => t("fallback", { language }),
    title: (language) => t("fallbackTitle", { language }),
  };
  return { locale, labels, pick: (value: unknown) => pickText(value, locale, eventLanguages) };
}
