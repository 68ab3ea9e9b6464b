import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/focus";
import { menuLinksFor, type AccountRole } from "@/lib/auth/start-page";
import { isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/public-paths";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { UserMenu } from "./user-menu";
import { Wordmark } from "./wordmark";

export interface HeaderUser {
  name: string;
  role: AccountRole;
}

/** The top bar on every page. `signOut` is the sign-out control, shown in the signed-in menu. */
export async function SiteHeader({ user, signOut }: { user: HeaderUser | null; signOut?: ReactNode }) {
  const t = await getTranslations("shell");
  const locale = await getLocale();
  const home = localizedPath(isLocale(locale) ? locale : "en", "/");
  return (
    <header className="border-b border-stone-200 bg-white/90 backdrop-blur supports-[backdrop-filter]:bg-white/80">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6 lg:px-8">
        <Link href={home} aria-label={t("wordmarkLabel")} className={cx("rounded-md", focusRing)}>
          <Wordmark />
        </Link>
        <nav aria-label={t("mainNav")} className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex gap-1">
            <li>
              <NavLink href={home} matchPrefix={`${home}/events/`}>
                {t("events")}
              </NavLink>
            </li>
          </ul>
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-3">
          <LanguageSwitcher />
          {user ? (
            <UserMenu
              name={user.name}
              label={t("signedInAs", { name: user.name })}
              links={menuLinksFor(user.role).map((l) => ({ href: l.href, label: t(`menu.${l.key}`) }))}
              signOut={signOut}
            />
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
