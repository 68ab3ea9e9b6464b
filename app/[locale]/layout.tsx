import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale } from "@/lib/i18n/locales";
import { env } from "@/server/env";

// Public pages: the language is the first path segment (lib/i18n/routing.ts). The root
// layout renders the shell; this one only checks the segment and pins the request's locale.

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateMetadata(): Metadata {
  // Canonical and hreflang links (each page's localeAlternates) become absolute URLs here.
  const base = env().NEXTAUTH_URL;
  return base ? { metadataBase: new URL(base) } : {};
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return children;
}
