import { getTranslations } from "next-intl/server";
import type { PublicEvent } from "@/server/events/get-public-event";
import { contentContext } from "./content-context";
import { Localized } from "./localized";

export async function EventDescription({ event }: { event: PublicEvent }) {
  const t = await getTranslations("event");
  const { labels, pick } = await contentContext(event.languages);
  const description = pick(event.description);
  return (
    <section aria-labelledby="about-heading" className="space-y-4">
      <h2 id="about-heading" className="text-2xl font-bold tracking-tight text-stone-900">
        {t("aboutHeading")}
      </h2>
      {description.text ? (
        <p className="max-w-3xl text-lg leading-relaxed whitespace-pre-line text-stone-700">
          <Localized picked={description} labels={labels} />
        </p>
      ) : (
        <p className="text-stone-600">{t("noDescription")}</p>
      )}
    </section>
  );
}
