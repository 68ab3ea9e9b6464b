import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ErrorTextProvider } from "@/components/layout/error-text";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { htmlLang } from "@/lib/i18n/html-lang";
import type { Locale } from "@/lib/i18n/locales";
import { getCurrentUser } from "@/server/auth/current-user";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return {
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
    icons: { icon: "/favicon.svg" },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = (await getLocale()) as Locale;
  const user = await getCurrentUser();
  const t = await getTranslations("error");
  return (
    <html lang={htmlLang(locale)}>
      <body className="flex min-h-dvh flex-col">
        {/* No translation provider here: public pages hydrate only their islands, which get
            their text as props (components/i18n/intl-island.tsx for the forms that need more). */}
        <SkipLink />
        <SiteHeader user={user ? { name: user.name, role: user.role } : null} signOut={<SignOutButton variant="menu" />} />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          <ErrorTextProvider text={{ title: t("title"), body: t("body"), retry: t("retry"), reference: t.raw("reference") as string }}>
            {children}
          </ErrorTextProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
