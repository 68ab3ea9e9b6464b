import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { IntlIsland } from "@/components/i18n/intl-island";
import { Card } from "@/components/ui/card";
import { requestPasswordResetAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forgot");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth.forgot");
  return (
    <div className="flex min-h-[70vh] items-center justify-center px-4 py-12 sm:py-16">
      <Card as="section" aria-labelledby="forgot-title" className="w-full max-w-md sm:p-8">
        <h1 id="forgot-title" className="text-2xl font-semibold tracking-tight text-stone-900">
          {t("title")}
        </h1>
        <p className="mt-2 text-sm leading-6 text-stone-600">{t("intro")}</p>
        <div className="mt-6">
          <IntlIsland namespaces={["auth"]}>
            <ForgotPasswordForm action={requestPasswordResetAction} />
          </IntlIsland>
        </div>
      </Card>
    </div>
  );
}
