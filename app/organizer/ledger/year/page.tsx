import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { YearTable } from "@/components/ledger/year-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { htmlLang } from "@/lib/i18n/html-lang";
import type { Locale } from "@/lib/i18n/locales";
import { pickText, type LocalizedText } from "@/lib/i18n/localized-text";
import { ledgerQuery } from "@/lib/validation/ledger-schema";
import { getYearView } from "@/server/ledger/get-year-view";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";

type Props = { searchParams: Promise<{ organizationId?: string; year?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ledger.year"))("pageTitle") };
}

/** The organization's year: events by partner country and city pair, totals over the events (issue 19). */
export default async function LedgerYearPage({ searchParams }: Props) {
  const query = await searchParams;
  const here = `/organizer/ledger/year${ledgerQuery({ organizationId: query.organizationId, year: Number(query.year) || undefined })}`;
  const actor = await pageActor(here);
  const view = pageData(await getYearView(actor, { organizationId: query.organizationId, year: query.year }), here);
  const t = await getTranslations("ledger.year");
  const locale = (await getLocale()) as Locale;
  const text = (v: LocalizedText | null) => (v ? pickText(v, locale).text : "—");
  const regions = new Intl.DisplayNames([htmlLang(locale)], { type: "region" });
  const country = (code: string) => (code ? (regions.of(code) ?? code) : t("unknownCountry"));
  const yearHref = (year: number) => `/organizer/ledger/year${ledgerQuery({ organizationId: view.organizationId, year })}`;
  const headers = { events: t("events"), agreements: t("agreements"), values: t("values"), total: t("total") };
  return (
    <>
      <PageHeader
        title={t("title", { year: view.year })}
        lead={t("lead")}
        actions={
          <>
            <ButtonLink
              href={`/organizer/ledger${ledgerQuery({ organizationId: view.organizationId, year: view.year })}`}
              variant="secondary"
            >
              {t("toLedger")}
            </ButtonLink>
            <ButtonLink href={`/organizer/ledger/rates${ledgerQuery({ organizationId: view.organizationId })}`} variant="ghost">
              {t("toRates")}
            </ButtonLink>
          </>
        }
      />
      <nav aria-label={t("years")} className="flex flex-wrap gap-3 text-sm">
        {view.years.map((y) =>
          y === view.year ? (
            <span key={y} aria-current="page" className="font-semibold">
              {y}
            </span>
          ) : (
            <Link key={y} href={yearHref(y)} className="underline">
              {y}
            </Link>
          ),
        )}
      </nav>
      <p role="status" className="text-sm text-stone-700" data-year-summary>
        {t("summary", { events: view.totals.events, agreements: view.totals.agreements })}
      </p>
      {view.events.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <>
          <YearTable
            title={t("byEvent")}
            headers={{ ...headers, group: t("event"), extra: t("partnerCountries") }}
            showEvents={false}
            locale={locale}
            totals={view.totals}
            rows={view.events.map((e) => ({
              ...e,
              key: e.id,
              label: (
                <Link
                  href={`/organizer/ledger${ledgerQuery({ organizationId: view.organizationId, eventId: e.id })}`}
                  className="underline"
                >
                  {text(e.title)} ({e.startDate})
                </Link>
              ),
              extra: e.countries.map(country).join(locale === "en" ? ", " : "、") || "—",
            }))}
          />
          <YearTable
            title={t("byCountry")}
            headers={{ ...headers, group: t("partnerCountry") }}
            locale={locale}
            totals={view.totals}
            rows={view.byCountry.map((c) => ({ ...c, key: c.country || "-", label: country(c.country) }))}
          />
          <YearTable
            title={t("byCityPair")}
            headers={{ ...headers, group: t("cityPair") }}
            locale={locale}
            totals={view.totals}
            rows={view.byCityPair.map((p) => ({ ...p, label: `${text(p.cityA)} — ${text(p.cityB)}` }))}
          />
          <p className="text-sm text-stone-600">{t("note")}</p>
        </>
      )}
    </>
  );
}
