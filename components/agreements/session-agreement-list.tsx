import Link from "@/components/ui/link";
import { sectorLabel } from "@/lib/agreements/sectors";
import { AGREEMENT_TYPE_LABELS, type AgreementTypeCode } from "@/lib/agreements/agreement-enums";
import { formatMoney } from "@/lib/agreements/money";
import type { Locale } from "@/lib/i18n/locales";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { pickText } from "@/lib/i18n/pick-text";

export type SessionAgreementItem = {
  id: string;
  title: LocalizedText;
  sector: string;
  type: string;
  parties: { side: string; name: LocalizedText }[];
  value: { minor: string; currency: string } | null;
};

/**
 * The agreements signed at a session (public session page and the workspace's session page).
 * Text comes translated from the page; `hrefOf` links each to its workspace page when given.
 */
export function SessionAgreementList({
  agreements,
  locale,
  languages,
  text,
  hrefOf,
}: {
  agreements: SessionAgreementItem[];
  locale: Locale;
  languages?: string[];
  text: { title: string; count: string; none: string };
  hrefOf?: (id: string) => string;
}) {
  const pick = (v: LocalizedText) => pickText(v, locale, languages);
  const parties = (a: SessionAgreementItem, side: string) =>
    a.parties
      .filter((p) => p.side === side)
      .map((p) => pick(p.name).text)
      .join(locale === "en" ? ", " : "、");
  return (
    <section aria-labelledby="session-agreements-heading" className="space-y-3" data-session-agreements>
      <h2 id="session-agreements-heading" className="text-lg font-semibold text-stone-900">
        {text.title}
      </h2>
      <p className="text-sm text-stone-600">{agreements.length ? text.count : text.none}</p>
      {agreements.length > 0 && (
        <ol className="space-y-2">
          {agreements.map((a) => {
            const title = pick(a.title);
            return (
              <li key={a.id} className="rounded-xl border border-stone-200 bg-white p-4" data-agreement-id={a.id}>
                <p className="font-medium text-stone-900" lang={title.lang}>
                  {hrefOf ? (
                    <Link href={hrefOf(a.id)} className="underline">
                      {title.text}
                    </Link>
                  ) : (
                    title.text
                  )}
                </p>
                <p className="mt-1 text-sm break-words text-stone-700">
                  {parties(a, "A")} — {parties(a, "B")}
                </p>
                <p className="mt-1 text-xs text-stone-600">
                  {sectorLabel(a.sector, locale)} · {AGREEMENT_TYPE_LABELS[a.type as AgreementTypeCode]?.[locale] ?? a.type}
                  {a.value && ` · ${formatMoney(a.value.minor, a.value.currency, locale)}`}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
