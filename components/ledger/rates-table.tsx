import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/agreements/money";
import { htmlLang } from "@/lib/i18n/html-lang";
import type { Locale } from "@/lib/i18n/locales";
import { ledgerQuery } from "@/lib/validation/ledger-schema";
import type { RateRow } from "@/server/ledger/get-organization-rates";
import { RatesChart } from "./rates-chart";

const DONE = { fulfilled: "completed", constructionStarted: "construction_started", fundsInPlace: "funds_in_place" } as const;

/** Rates per group (a year or a sector); every count links to the ledger filtered to the agreements it counts. */
export async function RatesTable({
  title,
  rows,
  filterKey,
  label,
  locale,
  organizationId,
}: {
  title: string;
  rows: RateRow[];
  filterKey: "year" | "sector";
  label: (key: string) => string;
  locale: Locale;
  organizationId: string;
}) {
  const t = await getTranslations("ledger.rates");
  const percent = new Intl.NumberFormat(htmlLang(locale), { style: "percent", maximumFractionDigits: 0 });
  const href = (key: string, done?: (typeof DONE)[keyof typeof DONE]) =>
    `/organizer/ledger${ledgerQuery({ organizationId, [filterKey]: key, done, status: undefined })}`;
  const cell = (row: RateRow, k: keyof typeof DONE) => (
    <td className="p-2">
      <Link href={href(row.key, DONE[k])} className="underline">
        {row[k]}/{row.total}
      </Link>
      {row.total > 0 && <span className="text-stone-500"> ({percent.format(row[k] / row.total)})</span>}
    </td>
  );
  return (
    <section className="space-y-3" aria-label={title}>
      <h2 className="text-lg font-semibold">{title}</h2>
      <div className="relative overflow-x-auto rounded-2xl border border-stone-200 bg-white">
        <table className="w-full min-w-[40rem] text-sm">
          <thead className="bg-stone-50 text-left">
            <tr>
              <th scope="col" className="p-2">
                {filterKey === "year" ? t("year") : t("sector")}
              </th>
              <th scope="col" className="p-2">
                {t("signed")}
              </th>
              <th scope="col" className="p-2">
                {t("fulfilled")}
              </th>
              <th scope="col" className="p-2">
                {t("constructionStarted")}
              </th>
              <th scope="col" className="p-2">
                {t("fundsInPlace")}
              </th>
              <th scope="col" className="p-2">
                {t("fundsByCurrency")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-t border-stone-200 align-top" data-rate-row={row.key}>
                <th scope="row" className="p-2 text-left whitespace-nowrap">
                  {label(row.key)}
                </th>
                <td className="p-2">
                  <Link href={href(row.key)} className="underline">
                    {row.total}
                  </Link>
                </td>
                {cell(row, "fulfilled")}
                {cell(row, "constructionStarted")}
                {cell(row, "fundsInPlace")}
                <td className="p-2">
                  <ul>
                    {row.funds.map((f) => (
                      <li key={f.currency}>
                        {formatMoney(f.receivedMinor, f.currency, htmlLang(locale))} /{" "}
                        {formatMoney(f.committedMinor, f.currency, htmlLang(locale))}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > 0 && (
        <RatesChart
          title={`${title}: ${t("constructionStarted")}`}
          bars={rows.map((r) => ({
            label: label(r.key),
            value: r.constructionStarted,
            total: r.total,
            caption: `${r.constructionStarted}/${r.total}`,
          }))}
        />
      )}
    </section>
  );
}
