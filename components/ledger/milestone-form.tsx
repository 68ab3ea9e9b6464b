"use client";

import { useTranslations } from "next-intl";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { SelectField, TextField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";

export type MilestoneFormValues = {
  agreementId: string;
  id: string;
  version: string;
  typeKey: string;
  dueOn: string;
  doneOn: string;
  note: string;
  evidenceUrl: string;
};

/** Adds a milestone (no id) or edits one; dates are calendar days, the evidence a web address. */
export function MilestoneForm({
  action,
  initial,
  types,
  label,
}: {
  action: FormAction;
  initial: MilestoneFormValues;
  types: { key: string; label: string }[];
  label: string;
}) {
  const t = useTranslations("ledger");
  const form = useOrganizerForm(action, initial);
  return (
    <form key={form.formKey} action={form.formAction} aria-label={label} className="space-y-3">
      <FormAlert form={form} savedMessage={t("saved")} />
      <input type="hidden" name="agreementId" value={initial.agreementId} />
      <input type="hidden" name="id" value={initial.id} />
      <input type="hidden" name="version" value={initial.version} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField form={form} name="typeKey" label={t("milestone.type")}>
          {types.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <TextField form={form} name="dueOn" type="date" label={t("milestone.dueOn")} />
        <TextField form={form} name="doneOn" type="date" label={t("milestone.doneOn")} />
        <TextField form={form} name="evidenceUrl" type="url" inputMode="url" label={t("milestone.evidenceUrl")} />
      </div>
      <TextField form={form} name="note" label={t("milestone.note")} />
      <SubmitButton form={form} label={initial.id ? t("milestone.save") : t("milestone.add")} />
    </form>
  );
}
