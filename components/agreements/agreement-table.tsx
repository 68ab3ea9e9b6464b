import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { focusRing } from "@/components/ui/focus";
import { sectorLabel } from "@/lib/agreements/sectors";
import { formatMoney } from "@/lib/agreements/money";
import { pickText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { formatInZone } from "@/lib/time";
import type { AgreementView } from "@/server/agreements/agreement-view";

/** The register as a table; every time carries the signing venue's zone. */
export async function AgreementTable({
  items,
  eventId,
  locale,
  languages,
  primaryZone,
}: {
  items: AgreementView[];
  eventId: string;
  locale: Locale;
  languages: string[];
  primaryZone: string;
}) {
  const t = await getTranslations("agreements");
  const pick = (v: unknown) => pickText(v, locale, languages);
  if (items.length === 0) return <p className="text-stone-600">{t("list.empty")}</p>;
  return (
    <div className="relative overflow-x-auto rounded-2xl border border-stone-200 bg-white">
      <table className="w-full min-w-[60rem] divide-y divide-stone-200 text-sm">
        <thead className="bg-stone-50 text-left text-stone-700">
          <tr>
            {["title", "sector", "type", "value", "venue", "signedAt", "status"].map((c) => (
              <th key={c} scope="col" className="px-3 py-2 font-semibold">
                {t(`field.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {items.map((a) => {
            const title = pick(a.title);
            const zone = a.venue?.timeZone ?? primaryZone;
            return (
              <tr key={a.id} className={a.status === "CANCELLED" ? "text-stone-500" : undefined}>
                <td className="px-3 py-2">
                  <Link
                    href={`/organizer/events/${eventId}/agreements/${a.id}`}
                    lang={title.lang}
                    className={`font-medium text-brand-700 hover:underline ${focusRing}`}
                  >
                    {title.text}
                  </Link>
                  <div className="text-xs text-stone-500">{a.parties.map((p) => pick(p.name).text).join(" · ")}</div>
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{sectorLabel(a.sector, locale)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{t(`type.${a.type}`)}</td>
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                  {a.valueMinor && a.currency ? formatMoney(a.valueMinor, a.currency, locale) : "—"}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{a.venue ? pick(a.venue.city ?? a.venue.name).text : "—"}</td>
                <td className="px-3 py-2 whitespace-nowrap">{a.signedAt ? formatInZone(a.signedAt, zone, locale, "dateTime") : "—"}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  <Badge tone={a.status === "CANCELLED" ? "muted" : a.status === "COMPLETED" ? "accent" : "brand"}>
                    {t(`status.${a.status}`)}
                  </Badge>
                  {a.visibility === "INTERNAL" && <Badge className="ml-1">{t("visibility.INTERNAL")}</Badge>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
