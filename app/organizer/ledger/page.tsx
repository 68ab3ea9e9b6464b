import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LedgerFilters } from "@/components/ledger/ledger-filters";
import { LedgerTable } from "@/components/ledger/ledger-table";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SECTOR_CODES, sectorLabel } from "@/lib/agreements/sectors";
import { BUILT_IN_MILESTONES } from "@/lib/ledger/milestone-types";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { ledgerQuery } from "@/lib/validation/ledger-schema";
import { listLedger } from "@/server/ledger/list-ledger";
import { listOverdueMilestones } from "@/server/ledger/list-overdue-milestones";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { MilestoneTypeForm } from "@/components/ledger/milestone-type-form";
import { can } from "@/server/access/policy";
import { listMilestoneTypes } from "@/server/ledger/list-milestone-types";
import { addMilestoneTypeAction, deleteLedgerViewAction, saveLedgerViewAction } from "./actions";
import { SavedViews } from "@/components/ledger/saved-views";
import { listLedgerViews } from "@/server/ledger/views/list-ledger-views";
import { listMyReminders } from "@/server/ledger/list-my-reminders";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ledger.page"))("title") };
}

export default async function LedgerPage({ searchParams }: Props) {
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const here = `/organizer/ledger${ledgerQuery(raw)}`;
  const actor = await pageActor(here);
  const ledger = pageData(await listLedger(actor, raw), here);
  const overdue = pageData(await listOverdueMilestones(actor, { organizationId: ledger.organizationId }), here);
  const reminders = pageData(await listMyReminders(actor), here);
  const t = await getTranslations("ledger.page");
  const locale = (await getLocale()) as Locale;
  const kinds = await listMilestoneTypes(actor, ledger.organizationId);
  const views = await listLedgerViews(actor, ledger.organizationId);
  const typeLabel = Object.fromEntries((kinds.length ? kinds : BUILT_IN_MILESTONES).map((m) => [m.key, pickText(m.name, locale).text]));
  const tk = await getTranslations("ledger.kinds");
  const ty = await getTranslations("ledger.year");
  const years = [...new Set(ledger.events.map((e) => e.startDate.slice(0, 4)))];
  const f = ledger.filter;
  return (
    <>
      <PageHeader
        eyebrow={t("eyebrow")}
        title={t("title")}
        lead={t("lead")}
        actions={
          <>
            <ButtonLink href={`/organizer/ledger/rates${ledgerQuery({ organizationId: f.organizationId })}`} variant="secondary">
              {t("rates")}
            </ButtonLink>
            <ButtonLink
              href={`/organizer/ledger/year${ledgerQuery({ organizationId: f.organizationId, year: f.year })}`}
              variant="secondary"
            >
              {ty("open")}
            </ButtonLink>
            <ButtonLink href={`/api/organizer/ledger.csv${ledgerQuery(f, { page: undefined })}`} variant="secondary">
              {t("export")}
            </ButtonLink>
            <ButtonLink href="/organizer" variant="ghost">
              {t("back")}
            </ButtonLink>
          </>
        }
      />
      <Card className="space-y-2" aria-labelledby="reminders-title">
        <h2 id="reminders-title" className="text-lg font-semibold">
          {t("remindersTitle")}
        </h2>
        <p className="text-sm text-stone-600">{reminders.length ? t("remindersLead") : t("remindersNone")}</p>
        {reminders.length > 0 && (
          <ul className="space-y-1 text-sm" data-reminders>
            {reminders.map((r) => (
              <li key={r.id}>
                <span className={r.overdue ? "font-semibold text-red-800" : "font-semibold"}>
                  {t("due")} {r.dueOn}
                  {r.overdue && ` (${t("overdue")})`}
                </span>{" "}
                · {typeLabel[r.typeKey] ?? r.typeKey} ·{" "}
                <Link href={`/organizer/events/${r.eventId}/agreements/${r.agreementId}`} className="underline">
                  {pickText(r.agreementTitle, locale).text}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <LedgerFilters
        values={Object.fromEntries(
          Object.entries(f).map(([k, v]) => [k, v === undefined || v === false ? undefined : v === true ? "1" : String(v)]),
        )}
        events={ledger.events.map((e) => ({ value: e.id, label: `${pickText(e.title, locale).text} (${e.startDate.slice(0, 4)})` }))}
        sectors={SECTOR_CODES.map((s) => ({ value: s, label: sectorLabel(s, locale) }))}
        owners={ledger.owners.map((o) => ({ value: o.id, label: o.name }))}
        years={years.map((y) => ({ value: y, label: y }))}
      />
      <SavedViews
        views={views}
        organizationId={ledger.organizationId}
        currentQuery={ledgerQuery(f, { page: undefined, organizationId: undefined })}
        saveAction={saveLedgerViewAction}
        deleteAction={deleteLedgerViewAction}
      />
      <p role="status" className="text-sm text-stone-600">
        {t("count", { count: ledger.total })}
      </p>
      {ledger.rows.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <LedgerTable rows={ledger.rows} locale={locale} typeLabel={typeLabel} />
      )}
      {ledger.pages > 1 && (
        <nav aria-label={t("pages")} className="flex items-center gap-3 text-sm">
          {f.page > 1 && (
            <Link href={`/organizer/ledger${ledgerQuery(f, { page: f.page - 1 })}`} className="underline">
              {t("previous")}
            </Link>
          )}
          <span>{t("pageOf", { page: f.page, pages: ledger.pages })}</span>
          {f.page < ledger.pages && (
            <Link href={`/organizer/ledger${ledgerQuery(f, { page: f.page + 1 })}`} className="underline">
              {t("next")}
            </Link>
          )}
        </nav>
      )}
      <Card className="space-y-3" aria-labelledby="overdue-title">
        <h2 id="overdue-title" className="text-lg font-semibold">
          {t("overdueTitle")}
        </h2>
        {overdue.length === 0 ? (
          <p className="text-sm text-stone-600">{t("overdueNone")}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-overdue-list>
            {overdue.map((m) => (
              <li key={m.id}>
                <span className="font-semibold text-red-800">
                  {t("due")} {m.dueOn}
                </span>{" "}
                · {typeLabel[m.typeKey] ?? m.typeKey} ·{" "}
                <Link href={`/organizer/events/${m.eventId}/agreements/${m.agreementId}`} className="underline">
                  {pickText(m.agreementTitle, locale).text}
                </Link>{" "}
                · {pickText(m.eventTitle, locale).text} · {m.owner?.name ?? t("noOwner")}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card className="space-y-3" aria-labelledby="kinds-title">
        <h2 id="kinds-title" className="text-lg font-semibold">
          {tk("title")}
        </h2>
        <p className="text-sm text-stone-600">{tk("lead")}</p>
        <ol className="list-decimal pl-5 text-sm" data-milestone-kinds>
          {kinds.map((k) => (
            <li key={k.key}>{pickText(k.name, locale).text}</li>
          ))}
        </ol>
        {can(actor, "followup.write", { organizationId: ledger.organizationId }) && (
          <MilestoneTypeForm action={addMilestoneTypeAction} organizationId={ledger.organizationId} />
        )}
      </Card>
    </>
  );
}
