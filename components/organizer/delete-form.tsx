"use client";

import { Button } from "@/components/ui/button";
import { FormAlert } from "./form-alert";
import { useOrganizerForm, type FormAction } from "./use-organizer-form";

/** A delete button that asks first and posts the record's id and version. */
export function DeleteForm({
  action,
  fields,
  label,
  confirmText,
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  confirmText: string;
}) {
  const form = useOrganizerForm(action, fields);
  return (
    <form
      key={form.formKey}
      action={form.formAction}
      onSubmit={(e) => {
        if (!window.confirm(confirmText)) e.preventDefault();
      }}
      className="space-y-2"
    >
      <FormAlert form={form} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant="secondary" disabled={form.pending} className="text-red-700">
        {label}
      </Button>
    </form>
  );
}
