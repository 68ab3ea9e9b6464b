import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";

/**
 * Translations for the client components inside it, and only the namespaces they read
 * ("auth", "organizer" ...): public pages have no app-wide client provider, so a page pays
 * for next-intl's client and its messages only where an island calls useTranslations.
 */
export async function IntlIsland({ namespaces, children }: { namespaces: string[]; children: ReactNode }) {
  const [locale, all] = await Promise.all([getLocale(), getMessages()]);
  const messages = Object.fromEntries(namespaces.filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}
