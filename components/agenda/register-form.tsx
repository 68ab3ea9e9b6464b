import { getTranslations } from "next-intl/server";
import { venuePlace } from "@/components/events/venue-label";
import { buttonClasses } from "@/components/ui/button";
import type { PublicAgenda } from "@/lib/agenda/types";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/localized-text";
import { zoneOffsetLabel } from "@/lib/time/zones";

/** One radio per venue (the online channel included), each with its local zone and seats. */
export async function RegisterForm({
  agenda,
  locale,
  action,
}: {
  agenda: PublicAgenda;
  locale: Locale;
  action: (formData: FormData) => Promise<void>;
}) {
  const t = await getTranslations("agenda.register");
  const at = new Date(`${agenda.event.startDate}T12:00:00Z`);
  return (
    <form action={action} className="space-y-6 rounded-2xl border border-stone-200 bg-white p-6">
      <input type="hidden" name="eventSlug" value={agenda.event.slug} />
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="space-y-3">
        <legend className="mb-2 text-base font-semibold text-stone-900">{t("venue")}</legend>
        {agenda.venues.map((v, i) => {
          const name = pickText(v.name, locale, agenda.event.languages);
          const place = venuePlace(v, locale, agenda.event.languages, t("online")).text;
          return (
            <div
              key={v.id}
              className="flex items-start gap-3 rounded-lg border border-stone-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                id={`venue-${v.id}`}
                type="radio"
                name="venueId"
                value={v.id}
                required
                defaultChecked={i === 0}
                aria-describedby={`venue-${v.id}-info`}
                className="mt-1 size-4 accent-brand-700"
              />
              <div>
                <label htmlFor={`venue-${v.id}`} className="font-medium text-stone-900">
                  <span lang={name.lang}>{name.text}</span> {v.kind === "ONLINE" ? `(${t("online")})` : `(${place})`}
                </label>
                <p id={`venue-${v.id}-info`} className="text-sm text-stone-600">
                  {t("timeZone", { zone: v.timeZone, offset: zoneOffsetLabel(v.timeZone, at) })} ·{" "}
                  {v.capacity != null ? t("seats", { count: v.capacity }) : t("unlimited")}
                </p>
              </div>
            </div>
          );
        })}
      </fieldset>
      <button type="submit" className={buttonClasses("primary")}>
        {t("submit")}
      </button>
    </form>
  );
}
