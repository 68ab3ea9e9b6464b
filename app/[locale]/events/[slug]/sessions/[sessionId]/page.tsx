import type { Metadata } from "next";
import { joinList, labelled } from "@/lib/i18n/punctuation";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BookmarkButton } from "@/components/agenda/bookmark-button";
import { ContentText } from "@/components/agenda/content-text";
import { SessionLinksPanel } from "@/components/agenda/session-links-panel";
import { SessionPeople } from "@/components/agenda/session-people";
import { ReaderTimeFill } from "@/components/agenda/reader-time-fill";
import { SessionTimesView } from "@/components/agenda/session-times";
import { contentContext } from "@/components/events/content-context";
import { venuePlace } from "@/components/events/venue-label";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { localeAlternates, localizedPath } from "@/lib/i18n/public-paths";
import { isValidTimeZone } from "@/lib/time/zones";
import { dateInZone } from "@/lib/agenda/group-by-day";
import { describeSessionTimes } from "@/lib/agenda/session-times";
import { getPublicSession } from "@/server/agenda/get-public-session";
import { listPublicSessionAgreements } from "@/server/agreements/list-public-session-agreements";
import { SessionAgreementList } from "@/components/agreements/session-agreement-list";
import { getCurrentUser } from "@/server/auth/current-user";
import { toggleBookmarkAction } from "../../agenda/actions";

type Props = {
  params: Promise<{ locale: string; slug: string; sessionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, sessionId } = await params;
  const view = await getPublicSession(null, { slug, sessionId });
  if (!view) return {};
  const { locale, pick } = await contentContext(view.agenda.event.languages);
  const path = `/events/${encodeURIComponent(view.agenda.event.slug)}/sessions/${encodeURIComponent(view.session.id)}`;
  return { title: pick(view.session.title).text, alternates: localeAlternates(locale as Locale, path) };
}

export default async function SessionPage({ params, searchParams }: Props) {
  const [p, query] = await Promise.all([params, searchParams]);
  const view = await getPublicSession(await getCurrentUser(), { slug: p.slug, sessionId: p.sessionId });
  if (!view) notFound();
  const { agenda, session } = view;
  const t = await getTranslations("agenda");
  const { locale, labels, pick } = await contentContext(agenda.event.languages);
  const tz = typeof query.tz === "string" && isValidTimeZone(query.tz) ? query.tz : null;
  const bi = typeof query.bi === "string" ? query.bi.split("|") : [];
  const bilingual =
    bi.length === 2 && bi[0] !== bi[1] && isLocale(bi[0]) && isLocale(bi[1]) ? ([bi[0], bi[1]] as [typeof locale, typeof locale]) : null;
  const mode = { locale, bilingual, languages: agenda.event.languages, labels };
  const placeOf = (v: (typeof agenda.venues)[number]) => venuePlace(v, locale, agenda.event.languages, t("filters.online")).text;
  const host = agenda.venues.find((v) => v.id === session.hostVenueId);
  const relays = session.relayVenueIds.map((id) => agenda.venues.find((v) => v.id === id)).filter((v) => !!v);
  const times = describeSessionTimes(session, agenda.venues, dateInZone(session.startsAt, agenda.event.primaryTimeZone), tz);
  const base = localizedPath(locale as Locale, `/events/${encodeURIComponent(agenda.event.slug)}`);
  const here = `${base}/sessions/${encodeURIComponent(session.id)}`;
  const agreements = await listPublicSessionAgreements(agenda.event.id, session.id);

  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-10 sm:px-6 lg:px-8">
      <p className="agenda-no-print">
        <Link href={`${base}/agenda`} className="text-sm font-medium text-brand-700 underline">
          {t("session.backToAgenda")}
        </Link>
      </p>
      <PageHeader
        eyebrow={
          <>
            <Badge tone="brand">{t(`types.${session.type}`)}</Badge>
            <span lang={pick(agenda.event.title).lang}>{pick(agenda.event.title).text}</span>
          </>
        }
        title={<ContentText value={session.title} mode={mode} />}
      />
      <section aria-labelledby="where-heading" className="space-y-3 rounded-2xl border border-stone-200 bg-white p-6">
        <h2 id="where-heading" className="text-lg font-semibold text-stone-900">
          {t("session.where")}
        </h2>
        <p className="text-xs text-stone-600">
          {dateInZone(session.startsAt, times.host.zone)} ({times.host.zone})
        </p>
        <SessionTimesView
          times={times}
          venues={agenda.venues}
          placeOf={placeOf}
          slot={
            tz
              ? undefined
              : { startsAt: session.startsAt, endsAt: session.endsAt, day: dateInZone(session.startsAt, agenda.event.primaryTimeZone) }
          }
        />
        <ReaderTimeFill />
        {host && <p className="text-sm text-stone-700">{t("session.hostedAt", { venue: pick(host.name).text })}</p>}
        <p className="text-sm text-stone-700">
          {relays.length
            ? labelled(
                t("session.relayedTo"),
                joinList(
                  relays.map((v) => pick(v.name).text),
                  locale,
                ),
                locale,
              )
            : t("session.noRelays")}
        </p>
        <p className="text-sm text-stone-700">
          {t("session.language", { language: t(`languageNames.${session.language as "en"}`) })}
          {session.interpretation.length > 0 &&
            ` · ${t("session.interpretation", {
              languages: joinList(
                session.interpretation.map((l) => t(`languageNames.${l as "en"}`)),
                locale,
              ),
            })}`}
        </p>
        <div className="flex flex-wrap items-center gap-3 pt-1">
          <a href={`/api/calendar/sessions/${encodeURIComponent(session.id)}`} className="text-sm font-medium text-brand-700 underline">
            {t("session.addToCalendar")}
          </a>
          {view.registered && (
            <BookmarkButton
              sessionId={session.id}
              title={pick(session.title).text}
              bookmarked={view.bookmarked}
              action={toggleBookmarkAction}
              returnTo={here}
            />
          )}
        </div>
      </section>
      <section aria-labelledby="abstract-heading" className="space-y-2">
        <h2 id="abstract-heading" className="text-lg font-semibold text-stone-900">
          {t("session.abstract")}
        </h2>
        <div className="leading-relaxed text-stone-800">
          <ContentText value={session.abstract} mode={mode} block />
        </div>
      </section>
      <SessionPeople people={session.people} mode={mode} />
      <SessionAgreementList
        agreements={agreements}
        locale={locale as Locale}
        languages={agenda.event.languages}
        text={{
          title: t("session.agreementsTitle"),
          count: t("session.agreementsCount", { count: agreements.length }),
          none: t("session.agreementsNone"),
        }}
      />
      <SessionLinksPanel
        links={view.links}
        reason={view.linksReason}
        signInHref={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}
        registerHref={`${base}/register`}
        watchHref={`/watch/${encodeURIComponent(agenda.event.slug)}/${encodeURIComponent(session.id)}`}
      />
    </div>
  );
}
