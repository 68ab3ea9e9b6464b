import { getTranslations } from "next-intl/server";

/** What Accord is, in one line, over a quiet band in the brand colour. */
export async function HomeHero() {
  const t = await getTranslations("home");
  return (
    <section className="border-b border-brand-100 bg-gradient-to-b from-brand-50 to-stone-50">
      <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6 sm:py-20 lg:px-8 lg:py-24">
        <p className="mb-4 text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
        <h1 className="max-w-4xl text-3xl leading-tight font-bold tracking-tight text-balance text-stone-900 sm:text-4xl lg:text-5xl lg:leading-tight">
          {t("heroTitle")}
        </h1>
        <p className="mt-6 max-w-3xl text-lg leading-relaxed text-stone-700">{t("heroBody")}</p>
      </div>
    </section>
  );
}
