import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { OutcomesNav } from "@/components/agreements/outcomes-nav";
import { CopyMarkdownButton, PrintButton } from "@/components/report/copy-markdown-button";
import { ReportView } from "@/components/report/report-view";
import { PageHeader } from "@/components/ui/page-header";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/focus";
import { htmlLang } from "@/lib/i18n/html-lang";
import { LOCALE_NAMES, isLocale, type Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { getAgreementWorkspace } from "@/server/agreements/get-agreement-workspace";
import { buildOutcomeReport } from "@/server/reports/build-outcome-report";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { eventPageMetadata } from "@/server/organizer/events/event-page-metadata";
import { FollowUpRatesSection } from "@/components/ledger/follow-up-rates-section";
import { getEventFollowUpRates } from "@/server/ledger/get-event-follow-up-rates";

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<{ lang?: string }> };

export const generateMetadata = eventPageMetadata("organizer.nav.report");

export default async function ReportPage({ params, searchParams }: Props) {
  const { eventId } = await params;
  const { lang } = await searchParams;
  const here = `/organizer/events/${eventId}/report`;
  const actor = await pageActor(here);
  const ws = pageData(await getAgreementWorkspace(actor, { eventId }), here);
  const { reports } = pageData(await buildOutcomeReport(actor, { eventId }), here);
  const rates = pageData(await getEventFollowUpRates(actor, { eventId }), here);
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("agreements.report");
  const chosen = reports.find((r) => r.lang === (isLocale(lang) ? lang : locale)) ?? reports[0];
  return (
    <>
      <OutcomesNav eventId={eventId} slug={ws.event.slug} current="report" />
      <PageHeader
        className="print:hidden"
        eyebrow={pickText(ws.event.title, locale, ws.event.languages).text}
        title={t("title")}
        lead={t("lead")}
      />
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <nav aria-label={t("language")} className="flex gap-1">
          {reports.map((r) => (
            <Link
              key={r.lang}
              href={`${here}?lang=${r.lang}`}
              lang={htmlLang(r.lang)}
              aria-current={r.lang === chosen.lang ? "page" : undefined}
              className={cx(
                "rounded-lg px-3 py-1.5 text-sm font-medium",
                r.lang === chosen.lang ? "bg-brand-700 text-white" : "text-stone-700 hover:bg-stone-100",
                focusRing,
              )}
            >
              {LOCALE_NAMES[r.lang]}
            </Link>
          ))}
        </nav>
        <CopyMarkdownButton markdown={chosen.markdown} label={t("copy")} copiedLabel={t("copied")} />
        <PrintButton label={t("print")} />
      </div>
      <ReportView report={chosen} />
      <FollowUpRatesSection rates={rates} lang={chosen.lang} />
    </>
  );
}
