import { getLocale, getTranslations } from "next-intl/server";
import { AgreementFilters } from "@/components/agreements/agreement-filters";
import { AgreementTable } from "@/components/agreements/agreement-table";
import { OutcomesNav } from "@/components/agreements/outcomes-nav";
import { workspaceOptions } from "@/components/agreements/workspace-options";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import type { Locale } from "@/lib/i18n/locales";
import { getAgreementWorkspace } from "@/server/agreements/get-agreement-workspace";
import { listAgreements } from "@/server/agreements/list-agreements";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { eventPageMetadata } from "@/server/organizer/events/event-page-metadata";

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const FILTERS = ["q", "sector", "type", "status", "venueId", "visibility", "sort"] as const;

export const generateMetadata = eventPageMetadata("organizer.nav.agreements");

export default async function AgreementsPage({ params, searchParams }: Props) {
  const { eventId } = await params;
  const raw = await searchParams;
  const here = `/organizer/events/${eventId}/agreements`;
  const actor = await pageActor(here);
  const ws = pageData(await getAgreementWorkspace(actor, { eventId }), here);
  const locale = (await getLocale()) as Locale;
  // Empty selects mean "any"; unknown values are dropped rather than failing the page.
  const values = Object.fromEntries(FILTERS.map((k) => [k, typeof raw[k] === "string" && raw[k] ? (raw[k] as string) : undefined]));
  const page = typeof raw.page === "string" ? raw.page : undefined;
  let list = await listAgreements(actor, { eventId, locale, ...values, page });
  if (!list.ok) list = await listAgreements(actor, { eventId, locale });
  const data = pageData(list, here);
  const t = await getTranslations("agreements");
  const o = workspaceOptions(ws, locale);
  return (
    <>
      <OutcomesNav eventId={eventId} slug={ws.event.slug} current="agreements" />
      <PageHeader
        eyebrow={o.title}
        title={t("list.title")}
        lead={t("list.lead")}
        actions={
          <>
            {ws.canWrite && <ButtonLink href={`${here}/new`}>{t("list.new")}</ButtonLink>}
            <a href={`/api/events/${ws.event.slug}/agreements.csv`} className={buttonClasses("secondary")} download>
              {t("list.export")}
            </a>
            {ws.canWrite && (
              <ButtonLink variant="secondary" href={`${here}/import`}>
                {t("list.import")}
              </ButtonLink>
            )}
          </>
        }
      />
      {raw.created && (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {t("list.created")}
        </p>
      )}
      {!ws.canWrite && <p className="text-sm text-stone-600">{t("list.readOnly")}</p>}
      <AgreementFilters action={here} values={values} sectors={o.sectors} venues={o.venues} showVisibility={data.canSeeInternal} />
      <p className="text-sm text-stone-600" aria-live="polite">
        {t("list.count", { count: data.total })}
      </p>
      <AgreementTable
        items={data.items}
        eventId={eventId}
        locale={locale}
        languages={ws.event.languages}
        primaryZone={ws.event.primaryTimeZone}
      />
      <Pager
        page={data.page}
        pages={data.pages}
        href={(p) => `${here}?${new URLSearchParams({ ...definedOnly(values), page: String(p) })}`}
        labels={{
          nav: t("list.pages"),
          previous: t("list.previous"),
          next: t("list.next"),
          pageOf: t("list.pageOf", { page: data.page, pages: data.pages }),
        }}
      />
    </>
  );
}

const definedOnly = (values: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined));
