import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/focus";
import { ALL_DAYS, withDay } from "@/lib/agenda/day-pages";
import type { Locale } from "@/lib/i18n/locales";
import { formatCalendarDate } from "@/lib/time/format";

/** Day links of a long programme (lib/agenda/day-pages.ts); the day shown carries aria-current. */
export async function AgendaDayNav({
  dates,
  current,
  href,
  search,
  locale,
  zone,
}: {
  dates: string[];
  current: string;
  href: string;
  search: string;
  locale: Locale;
  zone: string;
}) {
  const t = await getTranslations("agenda.days");
  const link = (active: boolean) =>
    cx(
      "inline-block rounded-lg px-3 py-1.5 text-sm font-medium",
      active ? "bg-brand-700 text-white" : "bg-stone-100 text-stone-800 hover:bg-stone-200",
      focusRing,
    );
  return (
    <nav aria-label={t("label")} className="agenda-no-print space-y-2">
      <p className="text-sm text-stone-700">{t("note", { zone })}</p>
      <ul className="flex flex-wrap gap-2">
        {dates.map((date) => (
          <li key={date}>
            <Link
              href={`${href}${withDay(search, date)}`}
              aria-current={current === date ? "page" : undefined}
              className={link(current === date)}
            >
              <time dateTime={date}>{formatCalendarDate(date, locale)}</time>
            </Link>
          </li>
        ))}
        <li>
          <Link
            href={`${href}${withDay(search, ALL_DAYS)}`}
            aria-current={current === ALL_DAYS ? "page" : undefined}
            className={link(current === ALL_DAYS)}
          >
            {t("all")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
