import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { cardClass, linkClass, secondaryButtonClass } from "@/components/auth/field-styles";
import { getCurrentUser } from "@/server/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signOut.metaTitle"), robots: { index: false } };
}

// Signing out is a POST from the button, never a side effect of loading this page, so a
// prefetch or a link from another site cannot sign anyone out.
export default async function SignOutPage() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("auth")]);

  return (
    <div className="flex min-h-[70vh] items-center justify-center px-4 py-12 sm:py-16">
      <section aria-labelledby="sign-out-title" className={`${cardClass} w-full max-w-md`}>
        {user ? (
          <>
            <h1 id="sign-out-title" className="text-2xl font-semibold tracking-tight text-stone-900">
              {t("signOut.title")}
            </h1>
            <p className="mt-2 text-sm leading-6 text-stone-600">{t("signOut.prompt", { name: user.name })}</p>
            <div className="mt-6 grid gap-3 sm:grid-cols-2">
              <div>
                <SignOutButton />
              </div>
              <Link href="/" className={secondaryButtonClass}>
                {t("signOut.cancel")}
              </Link>
            </div>
          </>
        ) : (
          <>
            <h1 id="sign-out-title" className="text-2xl font-semibold tracking-tight text-stone-900">
              {t("signOut.signedOutTitle")}
            </h1>
            <p className="mt-2 text-sm leading-6 text-stone-600">{t("signOut.signedOutBody")}</p>
            <div className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3 text-sm">
              <Link href="/sign-in" className={linkClass}>
                {t("signOut.signInAgain")}
              </Link>
              <Link href="/" className={linkClass}>
                {t("signOut.browseEvents")}
              </Link>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
