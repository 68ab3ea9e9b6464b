import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { pickText } from "@/lib/i18n/pick-text";
import { listMyStations } from "@/server/checkin/get-scan-station";
import { pageActor } from "@/server/organizer/shared/page-result";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkin.index"))("title") };
}

/** The events where the signed-in user is a steward, each linking to its scan page. */
export default async function StationsPage() {
  const actor = await pageActor("/check-in");
  const stations = await listMyStations(actor);
  const t = await getTranslations("checkin.index");
  const locale = (await getLocale()) as Locale;
  const text = (v: unknown) => pickText(v, locale).text;
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-10 sm:px-6 lg:px-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      {stations.length === 0 ? (
        <p className="text-stone-700">{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {stations.map((s) => (
            <li key={s.id}>
              <Link href={`/check-in/${encodeURIComponent(s.id)}`} className="text-lg font-semibold text-brand-700 underline">
                {text(s.title)}
              </Link>
              <p className="text-sm text-stone-700">{t("venues", { venues: s.venues.map(text).join(", ") })}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
