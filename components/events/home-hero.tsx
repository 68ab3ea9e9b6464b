import { getLocale, getTranslations } from "next-intl/server";
import { formatInZoneParts } from "@/lib/time/format";

// The reference case: the seminar opened at 10:00 in Jinan, 11:00 in Tokyo and Osaka.
const DEMO_INSTANT = new Date("2020-07-30T02:00:00Z");
const DEMO_CITIES = [
  { key: "jinan", zone: "Asia/Shanghai" },
  { key: "tokyo", zone: "Asia/Tokyo" },
  { key: "osaka", zone: "Asia/Tokyo" },
] as const;

/** What Accord is, in one line, beside the idea it is built on: one moment in every venue's time. */
export async function HomeHero() {
  const t = await getTranslations("home");
  const locale = await getLocale();
  return (
    <section className="border-b border-brand-100 bg-gradient-to-b from-brand-50 to-stone-50">
      <div className="mx-auto grid max-w-6xl items-center gap-12 px-4 py-16 sm:px-6 sm:py-20 lg:grid-cols-[1fr_22rem] lg:px-8 lg:py-24">
        <div>
          <p className="mb-4 text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
          <h1 className="text-3xl leading-tight font-bold tracking-tight text-balance text-stone-900 sm:text-4xl lg:text-5xl lg:leading-tight">
            {t("heroTitle")}
          </h1>
          <p className="mt-6 max-w-3xl text-lg leading-relaxed text-stone-700">{t("heroBody")}</p>
        </div>
        <figure className="rounded-2xl bg-brand-900 p-6 text-white shadow-lg">
          <figcaption className="text-sm font-semibold text-brand-100">{t("demoTitle")}</figcaption>
          <ul className="mt-4 divide-y divide-white/15">
            {DEMO_CITIES.map(({ key, zone }) => {
              const time = formatInZoneParts(DEMO_INSTANT, zone, locale, "time");
              return (
                <li key={key} className="flex items-baseline justify-between gap-4 py-3">
                  <span className="font-semibold">{t(`demoCities.${key}`)}</span>
                  <span className="flex items-baseline gap-2">
                    <span className="text-2xl font-bold tabular-nums">{time.wall}</span>
                    <span className="w-12 font-mono text-xs text-brand-100">{time.offset}</span>
                  </span>
                </li>
              );
            })}
          </ul>
          <p className="mt-3 text-xs leading-relaxed text-brand-100">{t("demoNote")}</p>
        </figure>
      </div>
    </section>
  );
}
