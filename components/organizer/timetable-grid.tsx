import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/focus";
import type { Timetable } from "@/server/organizer/timetable/get-timetable";

const hhmm = (local: string) => local.slice(11, 16);

/**
 * The organizer's timetable: one column per venue headed by its zone and the other venues'
 * offsets; each cell shows that venue's local time. Sessions are links to their edit form;
 * empty slots are links to a new session prefilled with the venue and local time, so the
 * whole grid works from the keyboard.
 */
export async function TimetableGrid({ timetable, text }: { timetable: Timetable; text: (v: unknown) => string }) {
  const t = await getTranslations("organizer");
  const base = `/organizer/events/${timetable.event.id}/sessions`;
  const label = (c: { name: unknown; city: unknown }) => text(c.city) || text(c.name);
  return (
    <div className="overflow-x-auto rounded-2xl border border-stone-200 bg-white">
      <table className="w-full min-w-[48rem] border-collapse text-sm">
        <thead>
          <tr>
            {timetable.columns.map((c) => (
              <th
                key={c.venueId}
                id={`col-${c.venueId}`}
                scope="col"
                className="border-b border-stone-200 bg-stone-50 px-3 py-3 text-left align-top"
              >
                <span className="block text-base font-semibold text-stone-900">{text(c.name)}</span>
                <span className="block font-mono text-xs text-stone-700">
                  {c.timeZone} · {c.offsetLabel}
                </span>
                {c.others.length > 0 && (
                  <span className="block text-xs font-normal text-stone-500">
                    {t("timetable.others", { list: c.others.map((o) => `${label(o)} ${o.offsetLabel}`).join(", ") })}
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {timetable.rows.map((row) => (
            <tr key={row.at} className="border-b border-stone-100 align-top">
              {timetable.columns.map((c) => {
                const entries = row.cells[c.venueId];
                const local = row.local[c.venueId];
                return (
                  <td
                    key={c.venueId}
                    headers={`col-${c.venueId}`}
                    data-venue={text(c.name)}
                    className="border-l border-stone-100 px-2 py-1.5 first:border-l-0"
                  >
                    <div className="flex gap-2">
                      <span className="w-11 shrink-0 pt-1 font-mono text-xs text-stone-500">{hhmm(local)}</span>
                      <div className="flex-1 space-y-1">
                        {entries.map((e) => (
                          <Link
                            key={e.sessionId}
                            href={`${base}/${e.sessionId}`}
                            className={cx(
                              "block rounded-lg px-2 py-1.5",
                              e.relayed ? "border border-dashed border-brand-600 bg-brand-50" : "bg-brand-700 text-white",
                              focusRing,
                            )}
                          >
                            <span className="block font-mono text-xs">
                              {hhmm(e.localStart)}–{hhmm(e.localEnd)} {e.offsetLabel}
                            </span>
                            <span className="block font-semibold">{text(e.title)}</span>
                            <span className="block text-xs opacity-80">{e.relayed ? t("timetable.relayed") : t("timetable.host")}</span>
                          </Link>
                        ))}
                        {entries.length === 0 && (
                          <Link
                            href={`${base}/new?venueId=${encodeURIComponent(c.venueId)}&start=${encodeURIComponent(local)}`}
                            aria-label={t("timetable.addAt", { venue: text(c.name), time: `${hhmm(local)} ${c.offsetLabel}` })}
                            className={cx(
                              "block h-7 rounded-lg text-center text-stone-300 hover:bg-stone-50 hover:text-stone-600",
                              focusRing,
                            )}
                          >
                            +
                          </Link>
                        )}
                      </div>
                    </div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
