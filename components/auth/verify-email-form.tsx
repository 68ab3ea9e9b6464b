"use client";

import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";

/** One button that uses the link (opening the page does not, as mail scanners open links too). */
export function VerifyEmailForm({ action, token }: { action: FormAction; token: string }) {
  const t = useTranslations("auth.verifyEmail");
  const form = useOrganizerForm(action, { token });
  const result = form.state?.result;
  if (result?.ok) {
    const { email } = result.data as { email: string };
    return (
      <div role="status" className="space-y-3">
        <p className="text-sm leading-6 text-stone-700">{t("done", { email })}</p>
        <Link href="/sign-in" className="font-medium text-brand-700 underline underline-offset-2">
          {t("toSignIn")}
        </Link>
      </div>
    );
  }
  return (
    <form key={form.formKey} action={form.formAction} className="space-y-4">
      <FormAlert form={form} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton form={form} label={t("submit")} />
    </form>
  );
}
