"use client";

import { useTranslations } from "next-intl";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { SelectField, TextField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";

/** Makes a link for a party contact; the link is shown once, here, and never stored. */
export function UpdateLinkForm({ action, agreementId }: { action: FormAction; agreementId: string }) {
  const t = useTranslations("ledger.links");
  const form = useOrganizerForm(action, { agreementId, contactName: "", locale: "en", days: "30" });
  const made = form.state?.result.ok ? (form.state.result.data as { path: string }).path : null;
  return (
    <form key={form.formKey} action={form.formAction} aria-label={t("create")} className="space-y-3">
      <FormAlert form={form} />
      <input type="hidden" name="agreementId" value={agreementId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField form={form} name="contactName" label={t("contactName")} required />
        <SelectField form={form} name="locale" label={t("language")}>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </SelectField>
        <TextField form={form} name="days" type="number" inputMode="numeric" label={t("days")} />
      </div>
      <SubmitButton form={form} label={t("create")} />
      {made && (
        <div role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          <p>{t("madeOnce")}</p>
          <output data-update-link className="block break-all font-mono">{`${window.location.origin}${made}`}</output>
        </div>
      )}
    </form>
  );
}
