"use client";

import { useTranslations } from "next-intl";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { TextField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";

/** Funds of one currency; the currency is fixed once entered (another currency is another row). */
export function FundsForm({
  action,
  initial,
  label,
}: {
  action: FormAction;
  initial: { agreementId: string; version: string; currency: string; committed: string; received: string };
  label: string;
}) {
  const t = useTranslations("ledger");
  const form = useOrganizerForm(action, initial);
  const isNew = initial.version === "0";
  return (
    <form key={form.formKey} action={form.formAction} aria-label={label} className="flex flex-wrap items-end gap-3">
      <FormAlert form={form} savedMessage={t("saved")} />
      <input type="hidden" name="agreementId" value={initial.agreementId} />
      <input type="hidden" name="version" value={initial.version} />
      {isNew ? (
        <TextField form={form} name="currency" label={t("funds.currency")} className="w-28" />
      ) : (
        <input type="hidden" name="currency" value={initial.currency} />
      )}
      <TextField
        form={form}
        name="committed"
        inputMode="numeric"
        label={isNew ? t("funds.committed") : `${t("funds.committed")} (${initial.currency})`}
      />
      <TextField
        form={form}
        name="received"
        inputMode="numeric"
        label={isNew ? t("funds.received") : `${t("funds.received")} (${initial.currency})`}
      />
      <SubmitButton form={form} label={isNew ? t("funds.add") : t("funds.save")} />
    </form>
  );
}
