import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/focus";
import { TimeZoneCombobox } from "@/components/ui/time-zone-combobox";
import { ONLINE_VENUE, type AgendaFilters, type FilterNote } from "@/lib/agenda/filters";
import type { AgendaVenue, PublicAgenda } from "@/lib/agenda/types";
import { pickText } from "@/lib/i18n/localized-text";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

const field =
  "block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm text-stone-900 focus:border-brand-600 focus:ring-2 focus:ring-brand-600 focus:outline-none";

// A GET form: the filters are the URL, so a filtered agenda can be shared and the form
// works without JavaScript.
export async function AgendaFilterForm({
  agenda,
  filters,
  notes,
  placeOf,
  action,
}: {
  agenda: PublicAgenda;
  filters: AgendaFilters;
  notes: FilterNote[];
  placeOf: (venue: AgendaVenue) => string;
  action: string;
}) {
  const t = await getTranslations("agenda.filters");
  const locale = (await getLocale()) as Locale;
  const tt = await getTranslations("agenda");
  const zt = await getTranslations("zonePicker");
  const used = new Set(agenda.sessions.map((s) => s.trackId));
  const tracks = agenda.tracks.filter((tr) => used.has(tr.id));
  const types = [...new Set(agenda.sessions.map((s) => s.type))];
  const contentLanguages = agenda.event.languages.filter((l): l is (typeof LOCALES)[number] => (LOCALES as readonly string[]).includes(l));
  const pairs = contentLanguages.flatMap((a, i) => contentLanguages.slice(i + 1).map((b) => `${a}|${b}`));
  const select = (name: string, label: string, value: string | null, options: [string, string][]) => (
    <div>
      <label htmlFor={`f-${name}`} className="mb-1 block text-sm font-medium text-stone-800">
        {label}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""} className={field}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby="agenda-filters-heading" className="agenda-no-print rounded-2xl border border-stone-200 bg-stone-50 p-5">
      <h2 id="agenda-filters-heading" className="text-base font-semibold text-stone-900">
        {t("heading")}
      </h2>
      {notes.length > 0 && (
        <div role="status" className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-semibold">{t("notesHeading")}</p>
          <ul className="list-disc pl-5">
            {notes.map((n) => (
              <li key={n.param}>{t("note", { param: t(`param.${n.param}`), value: n.value })}</li>
            ))}
          </ul>
        </div>
      )}
      <form method="get" action={action} className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {select("venue", t("venue"), filters.venue, [
          ["", t("any")],
          [ONLINE_VENUE, t("online")],
          ...agenda.venues.filter((v) => v.kind !== "ONLINE").map((v): [string, string] => [v.id, placeOf(v)]),
        ])}
        {tracks.length > 0 &&
          select("track", t("track"), filters.track, [
            ["", t("any")],
            ...tracks.map((tr): [string, string] => [tr.id, pickText(tr.name, locale, agenda.event.languages).text]),
          ])}
        {select("type", t("type"), filters.type, [["", t("any")], ...types.map((x): [string, string] => [x, tt(`types.${x}`)])])}
        {select("language", t("language"), filters.language, [
          ["", t("any")],
          ...contentLanguages.map((l): [string, string] => [l, tt(`languageNames.${l}`)]),
        ])}
        {pairs.length > 0 &&
          select("bi", t("bilingual"), filters.bilingual?.join("|") ?? null, [
            ["", t("none")],
            ...pairs.map((p): [string, string] => [
              p,
              p
                .split("|")
                .map((l) => tt(`languageNames.${l}`))
                .join(" | "),
            ]),
          ])}
        <div>
          <label htmlFor="f-tz" className="mb-1 block text-sm font-medium text-stone-800">
            {t("tz")}
          </label>
          <TimeZoneCombobox
            id="f-tz"
            name="tz"
            label={t("tz")}
            locale={locale}
            text={{ noMatch: zt.raw("noMatch") as string, loading: zt("loading") }}
            defaultValue={filters.tz ?? ""}
            describedBy="f-tz-hint"
            className={field}
          />
          <p id="f-tz-hint" className="mt-1 text-xs text-stone-600">
            {t("tzHint")}
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-3">
          <button type="submit" className={buttonClasses("primary")}>
            {t("apply")}
          </button>
          <Link href={action} className={cx("rounded text-sm font-medium text-brand-700 underline", focusRing)}>
            {t("reset")}
          </Link>
        </div>
      </form>
    </section>
  );
}
