import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto max-w-2xl px-4 py-24 text-center sm:px-6">
      <p className="font-mono text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-stone-900 sm:text-4xl">{t("title")}</h1>
      <p className="mt-4 text-lg text-stone-600">{t("body")}</p>
      <ButtonLink href="/" className="mt-8">
        {t("back")}
      </ButtonLink>
    </div>
  );
}
