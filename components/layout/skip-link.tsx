import { getTranslations } from "next-intl/server";

/** First focusable element: jumps keyboard users past the header. */
export async function SkipLink() {
  const t = await getTranslations("shell");
  return (
    <a
      href="#main"
      className="sr-only rounded-md bg-brand-700 font-semibold text-white focus:not-sr-only focus:px-4 focus:py-2 focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:outline-none focus:ring-2 focus:ring-brand-600 focus:ring-offset-2"
    >
      {t("skipToContent")}
    </a>
  );
}
