import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangeEmailForm } from "@/components/auth/change-email-form";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { IntlIsland } from "@/components/i18n/intl-island";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/server/organizer/shared/page-result";
import { changePasswordAction, requestEmailChangeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.account"))("metaTitle"), robots: { index: false } };
}

export default async function AccountPage() {
  const me = await pageActor("/me/account");
  const t = await getTranslations("auth.account");
  return (
    <div className="mx-auto max-w-3xl space-y-8 px-4 py-10 sm:px-6 lg:px-8">
      <PageHeader title={t("title")} lead={t("current", { email: me.email })} />
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">{t("changeTitle")}</h2>
        <p className="text-sm text-stone-600">{t("changeIntro")}</p>
        <IntlIsland namespaces={["auth", "organizer"]}>
          <ChangeEmailForm action={requestEmailChangeAction} />
        </IntlIsland>
      </Card>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">{t("passwordTitle")}</h2>
        <p className="text-sm text-stone-600">{t("passwordIntro")}</p>
        <IntlIsland namespaces={["auth", "organizer"]}>
          <ChangePasswordForm action={changePasswordAction} />
        </IntlIsland>
      </Card>
    </div>
  );
}
