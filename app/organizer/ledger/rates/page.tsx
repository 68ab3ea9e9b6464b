import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { RatesTable } from "@/components/ledger/rates-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { sectorLabel } from "@/lib/agreements/sectors";
import type { Locale } from "@/lib/i18n/locales";
import { getOrganizationRates } from "@/server/ledger/get-organization-rates";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";

type Props = { searchParams: Promise<{ organizationId?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ledger.rates"))("pageTitle") };
}

/** The organization's follow-up rates per year and per sector. */
export default async function LedgerRatesPage({ searchParams }: Props) {
  const { organizationId } = await searchParams;
  const here = `/organizer/ledger/rates${organizationId ? `?organizationId=${encodeURIComponent(organizationId)}` : ""}`;
  const actor = await pageActor(here);
  const rates = pageData(await getOrganizationRates(actor, { organizationId }), here);
  const t = await getTranslations("ledger.rates");
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <PageHeader
        title={t("pageTitle")}
        lead={t("lead")}
        actions={
          <ButtonLink href="/organizer/ledger" variant="secondary">
            {t("toLedger")}
          </ButtonLink>
        }
      />
      <RatesTable
        title={t("byYear")}
        rows={rates.byYear}
        filterKey="year"
        label={(k) => k}
        locale={locale}
        organizationId={rates.organizationId}
      />
      <RatesTable
        title={t("bySector")}
        rows={rates.bySector}
        filterKey="sector"
        label={(k) => sectorLabel(k, locale)}
        locale={locale}
        organizationId={rates.organizationId}
      />
    </>
  );
}
