import { getTranslations } from "next-intl/server";
import { htmlLang } from "@/lib/i18n/html-lang";
import { isLocale, LOCALE_NAMES } from "@/lib/i18n/locales";
import type { PublicEvent } from "@/server/events/get-public-event";

/** A row of key facts under the title. */
export async function EventFacts({ event }: { event: PublicEvent }) {
  const t = await getTranslations("event");
  const th = await getTranslations("home");
  const languages = event.languages.filter(isLocale);
  const facts = [
    { label: t("venuesLabel"), value: th("venueCount", { count: event.venues.length }) },
    { label: t("sessionsLabel"), value: th("sessionCount", { count: event.sessionCount }) },
    {
      label: t("languagesLabel"),
      value: languages.map((l, i) => (
        <span key={l}>
          {i > 0 && " · "}
          <span lang={htmlLang(l)}>{LOCALE_NAMES[l]}</span>
        </span>
      )),
    },
  ];
  return (
    <dl className="grid grid-cols-1 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white sm:grid-cols-3 sm:divide-x sm:divide-y-0">
      {facts.map((fact) => (
        <div key={fact.label} className="px-6 py-4">
          <dt className="text-xs font-semibold tracking-wide text-stone-500 uppercase">{fact.label}</dt>
          <dd className="mt-1 text-base font-semibold text-stone-900">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
