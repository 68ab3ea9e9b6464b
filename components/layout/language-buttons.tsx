"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setLocale } from "@/app/actions";
import { htmlLang } from "@/lib/i18n/html-lang";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { switchLocalePath } from "@/lib/i18n/public-paths";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/focus";

export type LanguageButtonsText = { label: string; switching: string; failed: string };

/**
 * The switcher's island: a labelled button group; the current language carries
 * aria-current. Each name is in its own language. Its text comes translated from the server
 * (language-switcher.tsx), so it needs no translation provider.
 */
export function LanguageButtons({ current, text }: { current: Locale; text: LanguageButtonsText }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);

  function choose(locale: Locale) {
    if (locale === current) return;
    setFailed(false);
    startTransition(async () => {
      const result = await setLocale(locale);
      if (!result.ok) return setFailed(true);
      // A public page has its language in the path: go to the same page (and query) in the
      // other language; elsewhere the cookie just set decides, so re-render in place.
      // The refresh re-renders the shared root layout (html lang, header) as well.
      const other = switchLocalePath(pathname, locale);
      if (other) router.push(other + window.location.search + window.location.hash);
      router.refresh();
    });
  }

  return (
    <div className="flex items-center gap-2">
      <span id="language-switcher-label" className="sr-only">
        {text.label}
      </span>
      <div
        role="group"
        aria-labelledby="language-switcher-label"
        aria-busy={pending}
        className={cx("inline-flex rounded-lg bg-stone-100 p-0.5 ring-1 ring-stone-200 ring-inset", pending && "opacity-70")}
      >
        {LOCALES.map((locale) => {
          const active = locale === current;
          return (
            <button
              key={locale}
              type="button"
              lang={htmlLang(locale)}
              aria-current={active ? "true" : undefined}
              disabled={pending}
              onClick={() => choose(locale)}
              className={cx(
                "min-h-9 rounded-md px-2.5 text-sm font-medium transition sm:px-3",
                active ? "bg-white text-brand-700 shadow-sm ring-1 ring-stone-200" : "text-stone-600 hover:text-stone-900",
                focusRing,
              )}
            >
              {LOCALE_NAMES[locale]}
            </button>
          );
        })}
      </div>
      <span role="status" aria-live="polite" className={failed ? "text-xs text-red-700" : "sr-only"}>
        {pending ? text.switching : failed ? text.failed : ""}
      </span>
    </div>
  );
}
