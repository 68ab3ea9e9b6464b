import { getLocale, getTranslations } from "next-intl/server";
import { EventNav } from "@/components/organizer/event-nav";
import { textPicker } from "@/components/organizer/pick";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { listAuditLog } from "@/server/organizer/audit/list-audit-log";
import { getEventForEditing } from "@/server/organizer/events/get-event-for-editing";
import { pageActor, pageData } from "@/server/organizer/shared/page-result";
import { eventPageMetadata } from "@/server/organizer/events/event-page-metadata";

type Props = { params: Promise<{ eventId: string }> };

const KNOWN_ACTIONS = ["create", "update", "delete", "status"];

/** Field names whose value differs between before and after, so a row says what changed. */
function changedFields(before: unknown, after: unknown): string[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => k !== "version" && JSON.stringify(b[k]) !== JSON.stringify(a[k]),
  );
}

export const generateMetadata = eventPageMetadata("organizer.nav.audit");

export default async function AuditPage({ params }: Props) {
  const { eventId } = await params;
  const here = `/organizer/events/${eventId}/audit`;
  const actor = await pageActor(here);
  const event = pageData(await getEventForEditing(actor, { eventId }), here);
  const rows = pageData(await listAuditLog(actor, { eventId }), here);
  const t = await getTranslations("organizer");
  const text = textPicker((await getLocale()) as Locale, event.languages);
  return (
    <>
      <EventNav eventId={eventId} current="audit" />
      <PageHeader eyebrow={text(event.title)} title={t("audit.title")} lead={t("audit.lead")} />
      {rows.length === 0 ? (
        <p className="text-stone-600">{t("audit.empty")}</p>
      ) : (
        <div className="relative overflow-x-auto rounded-2xl border border-stone-200 bg-white">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <thead className="bg-stone-50 text-stone-700">
              <tr>
                {(["when", "who", "what", "action", "changes"] as const).map((k) => (
                  <th key={k} scope="col" className="px-4 py-2">
                    {t(`audit.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {rows.map((r) => (
                <tr key={r.id} className="align-top">
                  <td className="px-4 py-2 font-mono text-xs whitespace-nowrap">{r.at.slice(0, 19).replace("T", " ")} UTC</td>
                  <td className="px-4 py-2">{r.actor ? `${r.actor.name} <${r.actor.email}>` : t("audit.system")}</td>
                  <td className="px-4 py-2">{r.entity}</td>
                  <td className="px-4 py-2">{KNOWN_ACTIONS.includes(r.action) ? t(`audit.actions.${r.action}`) : r.action}</td>
                  <td className="px-4 py-2">
                    <details>
                      <summary className="cursor-pointer">{changedFields(r.before, r.after).join(", ") || "—"}</summary>
                      <pre className="mt-2 max-w-xl overflow-x-auto text-xs whitespace-pre-wrap">
                        {JSON.stringify({ before: r.before, after: r.after }, null, 2)}
                      </pre>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
