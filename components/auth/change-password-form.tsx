"use client";

import { useTranslations } from "next-intl";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { TextField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";

/** The current password and the new one twice; other devices are signed out on success. */
export function ChangePasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations("auth.account");
  const form = useOrganizerForm(action, {});
  const result = form.state?.result;
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="space-y-5">
      <FormAlert form={form} />
      {result?.ok && (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {t("passwordChanged")}
        </p>
      )}
      <TextField form={form} name="currentPassword" type="password" autoComplete="current-password" label={t("currentPassword")} required />
      <TextField
        form={form}
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("newPassword")}
        hint={t("passwordHint")}
        required
      />
      <TextField form={form} name="confirm" type="password" autoComplete="new-password" label={t("confirmPassword")} required />
      <SubmitButton form={form} label={t("passwordSubmit")} />
    </form>
  );
}
