import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LiveTallyBoard } from "@/components/tally/live-tally-board";
import { pickText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { getTally } from "@/server/tally/get-tally";
import { localeAlternates } from "@/lib/i18n/public-paths";

// Public board for a venue screen: no sign-in, always fresh, then live over SSE.
export const dynamic = "force-dynamic";
type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("tally");
  const result = await getTally({ slug: (await params).slug });
  const locale = (await getLocale()) as Locale;
  if (!result.ok) return { title: t("title") };
  const { event } = result.data;
  return {
    title: `${t("title")} — ${pickText(event.title, locale, event.languages).text}`,
    alternates: localeAlternates(locale, `/events/${encodeURIComponent(event.slug)}/tally`),
  };
}

export default async function TallyPage({ params }: Props) {
  const { slug } = await params;
  const result = await getTally({ slug });
  if (!result.ok) notFound();
  const { event, tally } = result.data;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("tally");
  const title = pickText(event.title, locale, event.languages);
  return (
    <div className="min-h-dvh bg-slate-950 px-4 py-8 text-white sm:px-8 lg:px-12">
      <header className="mb-8 space-y-2">
        <p className="text-xl font-semibold tracking-widest text-sky-300 uppercase">{t("title")}</p>
        <h1 lang={title.lang} className="text-3xl font-bold text-balance lg:text-5xl">
          {title.text}
        </h1>
      </header>
      <LiveTallyBoard
        slug={event.slug}
        initial={tally}
        languages={event.languages}
        sideA={event.sideAName}
        sideB={event.sideBName}
        final={event.final}
      />
    </div>
  );
}
