import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/focus";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { Wordmark } from "./wordmark";

export interface HeaderUser {
  name: string;
}

/** The top bar on every page. `signOut` is the sign-out control, rendered only for a signed-in user. */
export async function SiteHeader({ user, signOut }: { user: HeaderUser | null; signOut?: ReactNode }) {
  const t = await getTranslations("shell");
  return (
    <header className="border-b border-stone-200 bg-white/90 backdrop-blur supports-[backdrop-filter]:bg-white/80">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6 lg:px-8">
        <Link href="/" aria-label={t("wordmarkLabel")} className={cx("rounded-md", focusRing)}>
          <Wordmark />
        </Link>
        <nav aria-label={t("mainNav")} className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex gap-1">
            <li>
              <NavLink href="/" matchPrefix="/events/">{t("events")}</NavLink>
            </li>
          </ul>
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-3">
          <LanguageSwitcher />
          {user ? (
            <div className="flex items-center gap-3">
              <span className="flex items-center gap-2 text-sm font-medium text-stone-800" title={t("signedInAs", { name: user.name })}>
                <span aria-hidden className="grid size-8 place-items-center rounded-full bg-brand-100 text-sm font-bold text-brand-900">
                  {initial(user.name)}
                </span>
                <span aria-hidden className="hidden max-w-40 truncate md:inline">{user.name}</span>
                <span className="sr-only">{t("signedInAs", { name: user.name })}</span>
              </span>
              {signOut}
            </div>
          ) : (
            <Link href="/sign-in" className={buttonClasses("secondary", "min-h-9 py-1.5")}>
              {t("signIn")}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}

function initial(name: string): string {
  return Array.from(name.trim())[0]?.toUpperCase() ?? "?";
}
