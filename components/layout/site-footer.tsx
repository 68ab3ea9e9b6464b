import { getTranslations } from "next-intl/server";
import { Wordmark } from "./wordmark";

export async function SiteFooter() {
  const t = await getTranslations("shell");
  return (
    <footer className="mt-24 border-t border-stone-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 text-sm text-stone-600 sm:px-6 md:grid-cols-[auto_1fr] md:gap-12 lg:px-8">
        <Wordmark />
        <div className="space-y-1.5">
          <p>{t("footerTagline")}</p>
          <p>{t("footerTimes")}</p>
          <p className="text-stone-500">{t("footerLicense")}</p>
        </div>
      </div>
    </footer>
  );
}
