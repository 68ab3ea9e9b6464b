import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/agreements/money";
import { htmlLang } from "@/lib/i18n/html-lang";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import type { RateKey } from "@/server/ledger/compute-follow-up-rates";
import type { EventFollowUpRates } from "@/server/ledger/get-event-follow-up-rates";
import { RatesChart } from "./rates-chart";

const KEYS: RateKey[] = ["fulfilled", "constructionStarted", "fundsInPlace"];

/** The closing report's follow-up figures in the report's language; each figure links to the agreements it counts. */
export async function FollowUpRatesSection({ rates, lang }: { rates: EventFollowUpRates; lang: Locale }) {
  const t = await getTranslations({ locale: lang, namespace: "ledger.rates" });
  const percent = new Intl.NumberFormat(htmlLang(lang), { style: "percent", maximumFractionDigits: 0 });
  const caption = (n: number, total: number) => `${n}/${total}${total ? ` (${percent.format(n / total)})` : ""}`;
  const title = (id: string) => pickText(rates.titles[id] ?? { en: id }, lang).text;
  const agreementHref = (id: string) => `/organizer/events/${rates.eventId}/agreements/${id}`;
  return (
    <section
      lang={htmlLang(lang)}
      aria-labelledby="follow-up-rates"
      className="space-y-4 rounded-2xl border border-stone-200 bg-white p-6 print:border-0 print:p-0"
    >
      <h2 id="follow-up-rates" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600">{t("lead")}</p>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        <li className="rounded-lg bg-stone-50 p-3">
          <span className="block text-sm text-stone-600">{t("signed")}</span>
          <span className="text-2xl font-semibold">{rates.total}</span>
        </li>
        {KEYS.map((k) => (
          <li key={k} className="rounded-lg bg-stone-50 p-3" data-rate={k}>
            <a href={`#counted-${k}`} className="block underline-offset-2 hover:underline">
              <span className="block text-sm text-stone-600">{t(k)}</span>
              <span className="text-2xl font-semibold" data-rate-value>
                {caption(rates.counted[k].length, rates.total)}
              </span>
            </a>
          </li>
        ))}
      </ul>
      <RatesChart
        title={t("chartTitle")}
        bars={KEYS.map((k) => ({
          label: t(k),
          value: rates.counted[k].length,
          total: rates.total,
          caption: caption(rates.counted[k].length, rates.total),
        }))}
      />
      <h3 className="font-semibold">{t("fundsByCurrency")}</h3>
      {rates.funds.length === 0 ? (
        <p className="text-sm text-stone-600">{t("none")}</p>
      ) : (
        <table className="w-full max-w-2xl text-sm">
          <thead>
            <tr className="text-left">
              <th scope="col">{t("currency")}</th>
              <th scope="col">{t("received")}</th>
              <th scope="col">{t("committed")}</th>
              <th scope="col">{t("share")}</th>
              <th scope="col">{t("counted")}</th>
            </tr>
          </thead>
          <tbody>
            {rates.funds.map((f) => {
              const committed = BigInt(f.committedMinor);
              const share = committed > 0n ? Number((BigInt(f.receivedMinor) * 1000n) / committed) / 1000 : 0;
              return (
                <tr key={f.currency} data-currency={f.currency} className="border-t border-stone-200">
                  <th scope="row" className="py-1 text-left">
                    {f.currency}
                  </th>
                  <td>{formatMoney(f.receivedMinor, f.currency, htmlLang(lang))}</td>
                  <td>{formatMoney(f.committedMinor, f.currency, htmlLang(lang))}</td>
                  <td>{percent.format(share)}</td>
                  <td>
                    <a href={`#counted-funds-${f.currency}`} className="underline">
                      {f.agreementIds.length}
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="space-y-2 print:hidden">
        {[
          ...KEYS.map((k) => ({ id: k, label: t(k), ids: rates.counted[k] })),
          ...rates.funds.map((f) => ({ id: `funds-${f.currency}`, label: `${t("fundsByCurrency")}: ${f.currency}`, ids: f.agreementIds })),
        ].map((g) => (
          <details key={g.id} className="rounded-lg border border-stone-200 p-3">
            <summary className="cursor-pointer font-medium">
              {g.label} — {t("counted")} ({g.ids.length})
            </summary>
            {/* The figure links here; a link to an element inside a closed <details> opens it. */}
            <ul id={`counted-${g.id}`} className="mt-2 list-disc space-y-1 pl-5 text-sm">
              {g.ids.map((id) => (
                <li key={id}>
                  <Link href={agreementHref(id)} className="underline">
                    {title(id)}
                  </Link>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </div>
    </section>
  );
}
