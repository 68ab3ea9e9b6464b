import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { IntlIsland } from "@/components/i18n/intl-island";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/focus";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { startPageFor } from "@/lib/auth/start-page";
import { signInErrorMessageKey } from "@/lib/validation/sign-in-schema";
import { getCurrentUser } from "@/server/auth/current-user";

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signIn.metaTitle"), robots: { index: false } };
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  // A signed-in user who opens this page without a page to return to goes to their role's
  // start page. (The form itself still lands on "/" by default.)
  const requested = first(params.callbackUrl);
  const callbackUrl = safeReturnPath(requested);
  const user = await getCurrentUser();
  if (user) redirect(requested ? callbackUrl : startPageFor(user.role));

  const t = await getTranslations("auth");
  const error = first(params.error);

  return (
    <div className="flex min-h-[70vh] items-center justify-center px-4 py-12 sm:py-16">
      <div className="w-full max-w-md">
        <Card as="section" aria-labelledby="sign-in-title" className="sm:p-8">
          <h1 id="sign-in-title" className="text-2xl font-semibold tracking-tight text-stone-900">
            {t("signIn.title")}
          </h1>
          <p className="mt-2 text-sm leading-6 text-stone-600">{t("signIn.subtitle")}</p>
          <div className="mt-6">
            <IntlIsland namespaces={["auth"]}>
              <SignInForm callbackUrl={callbackUrl} initialError={error ? signInErrorMessageKey(error) : null} />
            </IntlIsland>
          </div>
          <p className="mt-4 text-sm">
            <Link
              href="/forgot-password"
              className={cx("rounded-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900", focusRing)}
            >
              {t("signIn.forgot")}
            </Link>
            {" · "}
            <Link
              href="/sign-up"
              className={cx("rounded-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900", focusRing)}
            >
              {t("signUp.link")}
            </Link>
          </p>
        </Card>
        <p className="mt-6 text-center text-sm leading-6 text-stone-600">
          {t("signIn.publicNote")}{" "}
          <Link
            href="/"
            className={cx("rounded-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900", focusRing)}
          >
            {t("signIn.browseEvents")}
          </Link>
        </p>
      </div>
    </div>
  );
}
