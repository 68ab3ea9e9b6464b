import type { LocalizedReport } from "@/server/reports/report-data";

/** One language's report as a printable article: headline, paragraphs, tally tables. */
export function ReportView({ report }: { report: LocalizedReport }) {
  return (
    <>
      {/* Print only the report: the site header, navigation and buttons stay off the page. */}
      <style>
        {
          "@media print { body * { visibility: hidden; } [data-report], [data-report] * { visibility: visible; } [data-report] { position: absolute; inset: 0 auto auto 0; width: 100%; } }"
        }
      </style>
      <article
        data-report
        lang={report.lang}
        className="space-y-5 rounded-2xl border border-stone-200 bg-white p-8 shadow-sm print:border-0 print:p-0 print:shadow-none"
      >
        <h2 className="text-2xl font-bold text-balance text-stone-900">{report.headline}</h2>
        {report.paragraphs.map((p) => (
          <p key={p} className="text-lg leading-relaxed text-stone-800">
            {p}
          </p>
        ))}
        <div className="grid gap-6 md:grid-cols-2 print:block print:space-y-4">
          {report.tables.map((table) => (
            <table key={table.title} className="w-full break-inside-avoid text-sm">
              <caption className="mb-2 text-left font-semibold text-stone-900">{table.title}</caption>
              <thead>
                <tr className="border-b border-stone-300 text-left">
                  {table.headers.map((h, i) => (
                    <th key={h} scope="col" className={`py-1 ${i > 0 ? "text-right" : ""}`}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.join("|")} className="border-b border-stone-100">
                    {row.map((c, i) => (
                      <td key={i} className={`py-1 ${i > 0 ? "text-right tabular-nums" : ""}`}>
                        {c}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
      </article>
    </>
  );
}
