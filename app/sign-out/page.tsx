import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/focus";

const linkClass = cx("rounded-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900", focusRing);
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
      <Card as="section" aria-labelledby="sign-out-title" className="w-full max-w-md sm:p-8">
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
              <ButtonLink href="/" variant="secondary" className="w-full">
                {t("signOut.cancel")}
              </ButtonLink>
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
      </Card>
    </div>
  );
}
