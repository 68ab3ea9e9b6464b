import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { IntlIsland } from "@/components/i18n/intl-island";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/locales";
import { signUpAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signUp"))("metaTitle"), robots: { index: false } };
}

export default async function SignUpPage() {
  const t = await getTranslations("auth.signUp");
  return (
    <div className="flex min-h-[70vh] items-center justify-center px-4 py-12 sm:py-16">
      <Card as="section" aria-labelledby="sign-up-title" className="w-full max-w-md sm:p-8">
        <h1 id="sign-up-title" className="text-2xl font-semibold tracking-tight text-stone-900">
          {t("title")}
        </h1>
        <p className="mt-2 text-sm leading-6 text-stone-600">{t("intro")}</p>
        <div className="mt-6">
          <IntlIsland namespaces={["auth", "organizer"]}>
            <SignUpForm action={signUpAction} locale={(await getLocale()) as Locale} />
          </IntlIsland>
        </div>
        <p className="mt-6 text-sm text-stone-700">
          {t("haveAccount")}{" "}
          <Link href="/sign-in" className="font-medium text-brand-700 underline underline-offset-2">
            {t("toSignIn")}
          </Link>
        </p>
      </Card>
    </div>
  );
}
