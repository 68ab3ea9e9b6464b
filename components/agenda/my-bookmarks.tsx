import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/public-paths";
import { pickText } from "@/lib/i18n/localized-text";
import { formatInZone } from "@/lib/time/format";
import type { MyRegistration } from "@/server/registrations/get-my-agenda";

/** Saved sessions, each at its host venue's local time with the zone, and at the delegate's venue when it differs. */
export async function MyBookmarks({ registration: r, locale }: { registration: MyRegistration; locale: Locale }) {
  const t = await getTranslations("agenda.me");
  if (r.bookmarks.length === 0) return <p className="text-sm text-stone-700">{t("noBookmarks")}</p>;
  const place = (v: MyRegistration["venue"] & object) =>
    pickText(v.city, locale, r.event.languages).text || pickText(v.name, locale, r.event.languages).text;
  return (
    <div className="space-y-2">
      <h3 className="font-semibold text-stone-900">{t("bookmarks")}</h3>
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200">
        {r.bookmarks.map((b) => {
          const title = pickText(b.title, locale, r.event.languages);
          return (
            <li key={b.sessionId} className="p-3">
              <Link
                href={localizedPath(locale, `/events/${encodeURIComponent(r.event.slug)}/sessions/${encodeURIComponent(b.sessionId)}`)}
                className="font-medium text-brand-700 underline"
                lang={title.lang}
              >
                {title.text}
              </Link>
              <p className="text-sm text-stone-700">
                {formatInZone(b.startsAt, b.hostVenue.timeZone, locale, "dateTime", { place: place(b.hostVenue) })}
              </p>
              {r.venue && r.venue.timeZone !== b.hostVenue.timeZone && (
                <p className="text-sm text-stone-600">
                  {formatInZone(b.startsAt, r.venue.timeZone, locale, "time", { place: place(r.venue) })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
