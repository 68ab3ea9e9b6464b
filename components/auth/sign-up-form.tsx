"use client";

import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { SelectField, TextField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";
import { LOCALES, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";

/** Name, email, password and preferred language; afterwards "check your email", whatever the address. */
export function SignUpForm({ action, locale }: { action: FormAction; locale: Locale }) {
  const t = useTranslations("auth.signUp");
  const form = useOrganizerForm(action, { locale });
  const result = form.state?.result;
  if (result?.ok) {
    return (
      <div role="status" className="space-y-3">
        <h2 className="text-lg font-semibold text-stone-900">{t("sentTitle")}</h2>
        {/* The address as the server read it: the form's own values are gone once the answer is ok. */}
        <p className="text-sm leading-6 text-stone-700">{t("sent", { email: (result.data as { email: string }).email })}</p>
        <Link href="/sign-in" className="font-medium text-brand-700 underline underline-offset-2">
          {t("toSignIn")}
        </Link>
      </div>
    );
  }
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="space-y-5">
      <FormAlert form={form} />
      <TextField form={form} name="name" label={t("name")} required />
      <TextField form={form} name="email" type="email" label={t("email")} required />
      <TextField form={form} name="password" type="password" label={t("password")} hint={t("passwordHint")} required />
      <SelectField form={form} name="locale" label={t("language")}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </SelectField>
      <SubmitButton form={form} label={t("submit")} />
    </form>
  );
}
