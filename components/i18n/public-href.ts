import { getLocale } from "next-intl/server";
import { isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/public-paths";

/** A public page's path in the language being rendered ("/events/x" → "/ja/events/x"), so links need no redirect. */
export async function publicHref(path: string): Promise<string> {
  const locale = await getLocale();
  return localizedPath(isLocale(locale) ? locale : "en", path);
}
