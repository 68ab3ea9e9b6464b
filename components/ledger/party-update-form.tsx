"use client";

import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { SelectField, TextField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";

export type PartyUpdateLabels = { milestone: string; doneOn: string; note: string; evidenceUrl: string; submit: string; thanks: string };

/** The party contact's report; labels come in the link's language. A repeated submit is the same update (submissionKey). */
export function PartyUpdateForm({
  action,
  token,
  submissionKey,
  types,
  labels,
}: {
  action: FormAction;
  token: string;
  submissionKey: string;
  types: { key: string; label: string }[];
  labels: PartyUpdateLabels;
}) {
  const form = useOrganizerForm(action, { token, submissionKey, typeKey: types[0]?.key ?? "", doneOn: "", note: "", evidenceUrl: "" });
  if (form.state?.result.ok)
    return (
      <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-emerald-900">
        {labels.thanks}
      </p>
    );
  return (
    <form key={form.formKey} action={form.formAction} className="space-y-4">
      <FormAlert form={form} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="submissionKey" value={submissionKey} />
      <SelectField form={form} name="typeKey" label={labels.milestone}>
        {types.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </SelectField>
      <TextField form={form} name="doneOn" type="date" label={labels.doneOn} required />
      <TextField form={form} name="note" label={labels.note} />
      <TextField form={form} name="evidenceUrl" type="url" inputMode="url" label={labels.evidenceUrl} />
      <SubmitButton form={form} label={labels.submit} />
    </form>
  );
}
