import type { ReactNode } from "react";
import { formatMoney } from "@/lib/agreements/money";
import { htmlLang } from "@/lib/i18n/html-lang";
import type { Locale } from "@/lib/i18n/locales";
import type { YearTotals } from "@/server/ledger/year-view-buckets";

export type YearTableRow = YearTotals & { key: string; label: ReactNode; extra?: ReactNode };

/** One grouping of the year view (events, partner countries, city pairs) with a totals row. */
export function YearTable({
  title,
  headers,
  rows,
  totals,
  locale,
  showEvents = true,
}: {
  title: string;
  /** [group column, extra column or null, events, agreements, declared values, total] */
  headers: { group: string; extra?: string; events: string; agreements: string; values: string; total: string };
  rows: YearTableRow[];
  totals: YearTotals;
  locale: Locale;
  showEvents?: boolean;
}) {
  // One currency a line: never added together, and narrow enough for a phone.
  const money = (v: YearTotals["values"]) =>
    v.length === 0
      ? "—"
      : v.map((x) => (
          <span key={x.currency} className="block whitespace-nowrap">
            {formatMoney(x.totalMinor, x.currency, htmlLang(locale))}
          </span>
        ));
  const id = `year-${title.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <section className="space-y-3" aria-label={title} data-year-table={id}>
      <h2 className="text-lg font-semibold">{title}</h2>
      <div className="relative overflow-x-auto rounded-2xl border border-stone-200 bg-white">
        <table className="w-full min-w-[36rem] text-sm">
          <thead className="bg-stone-50 text-left">
            <tr>
              <th scope="col" className="p-2">
                {headers.group}
              </th>
              {headers.extra && (
                <th scope="col" className="p-2">
                  {headers.extra}
                </th>
              )}
              {showEvents && (
                <th scope="col" className="p-2 text-right">
                  {headers.events}
                </th>
              )}
              <th scope="col" className="p-2 text-right">
                {headers.agreements}
              </th>
              <th scope="col" className="p-2">
                {headers.values}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-t border-stone-100">
                <th scope="row" className="p-2 text-left font-medium">
                  {r.label}
                </th>
                {headers.extra && <td className="p-2">{r.extra}</td>}
                {showEvents && <td className="p-2 text-right tabular-nums">{r.events}</td>}
                <td className="p-2 text-right tabular-nums" data-agreements>
                  {r.agreements}
                </td>
                <td className="p-2">{money(r.values)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-stone-300 font-semibold">
            <tr>
              <th scope="row" className="p-2 text-left">
                {headers.total}
              </th>
              {headers.extra && <td className="p-2" />}
              {showEvents && <td className="p-2 text-right tabular-nums">{totals.events}</td>}
              <td className="p-2 text-right tabular-nums" data-total-agreements>
                {totals.agreements}
              </td>
              <td className="p-2">{money(totals.values)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
