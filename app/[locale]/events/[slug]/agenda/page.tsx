import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgendaFilterForm } from "@/components/agenda/agenda-filter-form";
import { AgendaActions } from "@/components/agenda/agenda-actions";
import { AgendaDayNav } from "@/components/agenda/agenda-day-nav";
import { AgendaDays } from "@/components/agenda/agenda-days";
import { ReaderTimeFill } from "@/components/agenda/reader-time-fill";
import { contentContext } from "@/components/events/content-context";
import { PageHeader } from "@/components/ui/page-header";
import { applyAgendaFilters, filtersToSearch, parseAgendaFilters, type RawSearchParams } from "@/lib/agenda/filters";
import { groupSessionsByDay } from "@/lib/agenda/group-by-day";
import { pickDays, withDay } from "@/lib/agenda/day-pages";
import { localeAlternates, localizedPath } from "@/lib/i18n/public-paths";
import type { Locale } from "@/lib/i18n/locales";
import { venuePlace } from "@/components/events/venue-label";
import { getPublicAgenda } from "@/server/agenda/get-public-agenda";
import { getCurrentUser } from "@/server/auth/current-user";
import { getEventRegistration } from "@/server/registrations/get-event-registration";
import { toggleBookmarkAction } from "./actions";
import "@/components/agenda/agenda-print.css";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const agenda = await getPublicAgenda((await params).slug);
  if (!agenda) return {};
  const { locale, pick } = await contentContext(agenda.event.languages);
  const t = await getTranslations("agenda");
  return {
    title: t("metaTitle", { event: pick(agenda.event.title).text }),
    alternates: localeAlternates(locale as Locale, `/events/${encodeURIComponent(agenda.event.slug)}/agenda`),
  };
}

export default async function AgendaPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const agenda = await getPublicAgenda(slug);
  if (!agenda) notFound();
  const t = await getTranslations("agenda");
  const tf = await getTranslations("agenda.filters");
  const { locale, labels, pick } = await contentContext(agenda.event.languages);
  const { filters, notes } = parseAgendaFilters(query, agenda);
  const allDays = groupSessionsByDay(applyAgendaFilters(agenda, filters), agenda.event.primaryTimeZone);
  const { shown: days, paged, current } = pickDays(allDays, agenda.sessions.length, query.day);
  const registration = await getEventRegistration(await getCurrentUser(), agenda.event.id);
  const base = localizedPath(locale as Locale, `/events/${encodeURIComponent(agenda.event.slug)}`);
  const here = `${base}/agenda${paged ? withDay(filtersToSearch(filters), current) : filtersToSearch(filters)}`;
  const placeOf = (v: (typeof agenda.venues)[number]) => venuePlace(v, locale, agenda.event.languages, tf("online")).text;
  const mode = { locale, bilingual: filters.bilingual, languages: agenda.event.languages, labels };

  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-10 sm:px-6 lg:px-8">
      <ReaderTimeFill />
      <p className="agenda-no-print">
        <Link href={base} className="text-sm font-medium text-brand-700 underline">
          {t("backToEvent")}
        </Link>
      </p>
      <PageHeader
        eyebrow={<span lang={pick(agenda.event.title).lang}>{pick(agenda.event.title).text}</span>}
        title={t("title")}
        lead={t("intro", { zone: agenda.event.primaryTimeZone })}
      />
      <AgendaActions slug={agenda.event.slug} registered={!!registration && registration.status !== "CANCELLED"} readerZone={filters.tz} />
      <AgendaFilterForm agenda={agenda} filters={filters} notes={notes} placeOf={placeOf} action={`${base}/agenda`} />
      {paged && (
        <AgendaDayNav
          dates={allDays.map((d) => d.date)}
          current={current}
          href={`${base}/agenda`}
          search={filtersToSearch(filters)}
          locale={locale as Locale}
          zone={agenda.event.primaryTimeZone}
        />
      )}
      <AgendaDays
        agenda={agenda}
        days={days}
        readerZone={filters.tz}
        mode={mode}
        placeOf={placeOf}
        bookmarks={
          registration && registration.status !== "CANCELLED"
            ? { ids: registration.bookmarkedSessionIds, action: toggleBookmarkAction, returnTo: here }
            : null
        }
      />
    </div>
  );
}
