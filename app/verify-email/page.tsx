import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";
import { IntlIsland } from "@/components/i18n/intl-island";
import { Card } from "@/components/ui/card";
import { inspectEmailLink } from "@/server/auth/verify-email";
import { verifyEmailAction } from "./actions";

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.verifyEmail");
  // The token is in this page's URL: never send it on as a Referer.
  return { title: t("metaTitle"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function VerifyEmailPage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const state = await inspectEmailLink(token);
  const t = await getTranslations("auth.verifyEmail");
  return (
    <div className="flex min-h-[70vh] items-center justify-center px-4 py-12 sm:py-16">
      <Card as="section" aria-labelledby="verify-title" className="w-full max-w-md sm:p-8">
        <h1 id="verify-title" className="text-2xl font-semibold tracking-tight text-stone-900">
          {state === "valid" ? t("title") : t("badTitle")}
        </h1>
        {state === "valid" ? (
          <div className="mt-6">
            <IntlIsland namespaces={["auth", "organizer"]}>
              <VerifyEmailForm action={verifyEmailAction} token={token} />
            </IntlIsland>
          </div>
        ) : (
          <p className="mt-2 text-sm leading-6 text-stone-700">{t(state)}</p>
        )}
      </Card>
    </div>
  );
}
