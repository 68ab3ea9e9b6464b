"use client";

import { useTranslations } from "next-intl";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { TextField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";

/** A new address and the current password; the link goes to the new address. */
export function ChangeEmailForm({ action }: { action: FormAction }) {
  const t = useTranslations("auth.account");
  const form = useOrganizerForm(action, {});
  const result = form.state?.result;
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="space-y-5">
      <FormAlert form={form} />
      {result?.ok && (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {t("sent", { email: form.value("email") })}
        </p>
      )}
      <TextField form={form} name="email" type="email" label={t("newEmail")} required />
      <TextField form={form} name="password" type="password" label={t("password")} required />
      <SubmitButton form={form} label={t("submit")} />
    </form>
  );
}
