import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { IntlIsland } from "@/components/i18n/intl-island";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { describePasswordLink } from "@/server/auth/describe-password-link";
import { setPasswordAction } from "./actions";

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.setPassword");
  // The token is in this page's URL: never send it on as a Referer.
  return { title: t("metaTitle"), robots: { index: false }, referrer: "no-referrer" };
}

// Opening the link only looks at the token (mail scanners open links too); posting the form uses it.
export default async function SetPasswordPage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const link = await describePasswordLink(token);
  const t = await getTranslations("auth.setPassword");
  return (
    <div className="flex min-h-[70vh] items-center justify-center px-4 py-12 sm:py-16">
      <Card as="section" aria-labelledby="set-password-title" className="w-full max-w-md sm:p-8">
        {link.state === "valid" ? (
          <>
            <h1 id="set-password-title" className="text-2xl font-semibold tracking-tight text-stone-900">
              {t("title")}
            </h1>
            <p className="mt-2 text-sm leading-6 text-stone-600">{t("intro", { email: link.email })}</p>
            <div className="mt-6">
              <IntlIsland namespaces={["auth"]}>
                <SetPasswordForm token={token} action={setPasswordAction} />
              </IntlIsland>
            </div>
          </>
        ) : (
          <>
            <h1 id="set-password-title" className="text-2xl font-semibold tracking-tight text-stone-900">
              {t("badTitle")}
            </h1>
            <p className="mt-2 text-sm leading-6 text-stone-700">{t(link.state)}</p>
            <Link href="/forgot-password" className={buttonClasses("primary", "mt-6")}>
              {t("askAgain")}
            </Link>
          </>
        )}
      </Card>
    </div>
  );
}
