import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { sectorLabel } from "@/lib/agreements/sectors";
import { minorToDecimal } from "@/lib/agreements/money";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import type { LedgerRow } from "@/server/ledger/list-ledger";

/** One line per agreement: event, project, sector, status, owner, milestones done / overdue, funds per currency. */
export async function LedgerTable({ rows, locale, typeLabel }: { rows: LedgerRow[]; locale: Locale; typeLabel: Record<string, string> }) {
  const t = await getTranslations("ledger.page");
  const ta = await getTranslations("agreements");
  const text = (v: LedgerRow["title"] | null) => (v ? pickText(v, locale).text : "");
  return (
    <div className="relative overflow-x-auto rounded-2xl border border-stone-200 bg-white">
      <table className="w-full min-w-[56rem] text-sm">
        <thead className="bg-stone-50 text-left">
          <tr>
            <th scope="col" className="p-2">
              {t("event")}
            </th>
            <th scope="col" className="p-2">
              {t("project")}
            </th>
            <th scope="col" className="p-2">
              {ta("field.sector")}
            </th>
            <th scope="col" className="p-2">
              {ta("field.status")}
            </th>
            <th scope="col" className="p-2">
              {t("owner")}
            </th>
            <th scope="col" className="p-2">
              {t("milestones")}
            </th>
            <th scope="col" className="p-2">
              {t("funds")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-stone-200 align-top" data-agreement={r.id}>
              <td className="p-2">
                {text(r.event.title)}
                <span className="block text-xs text-stone-500">{r.event.startDate}</span>
              </td>
              <td className="p-2">
                <Link
                  href={`/organizer/events/${r.event.id}/agreements/${r.id}`}
                  className="font-medium underline-offset-2 hover:underline"
                >
                  {text(r.title)}
                </Link>
                <span className="block text-xs text-stone-500">{[text(r.cityA), text(r.cityB)].filter(Boolean).join(" – ")}</span>
              </td>
              <td className="p-2 whitespace-nowrap">{sectorLabel(r.sector, locale)}</td>
              <td className="p-2 whitespace-nowrap">{ta(`status.${r.status}`)}</td>
              <td className="p-2 whitespace-nowrap">{r.owner?.name ?? <span className="text-stone-500">{t("noOwner")}</span>}</td>
              <td className="p-2">
                <ul>
                  {r.milestones.map((m) => (
                    <li key={m.typeKey} className={m.overdue ? "font-semibold text-red-800" : undefined}>
                      {typeLabel[m.typeKey] ?? m.typeKey}: {m.doneOn ? `✓ ${m.doneOn}` : `${t("due")} ${m.dueOn ?? "—"}`}
                      {m.overdue && ` (${t("overdue")})`}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="p-2">
                <ul>
                  {r.funds.map((f) => (
                    <li key={f.currency}>
                      {f.currency} {minorToDecimal(f.receivedMinor, f.currency)} / {minorToDecimal(f.committedMinor, f.currency)}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
