"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { inputClasses } from "@/components/auth/field-styles";
import { FormAlert } from "@/components/organizer/form-alert";
import { FieldErrors } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";
import { Button, type ButtonVariant } from "@/components/ui/button";

export type InlineSelect = { name: string; label: string; value: string; options: { value: string; label: string }[] };

/**
 * A one-line admin form: hidden record fields (id, version), optional selects and a submit
 * button, with the result (saved, conflict with Reload, refusal) shown above it.
 */
export function InlineForm({
  action,
  hidden,
  selects = [],
  submit,
  variant = "secondary",
}: {
  action: FormAction;
  hidden: Record<string, string>;
  selects?: InlineSelect[];
  submit: string;
  variant?: ButtonVariant;
}) {
  const t = useTranslations("admin");
  const id = useId();
  const form = useOrganizerForm(action, { ...hidden, ...Object.fromEntries(selects.map((s) => [s.name, s.value])) });
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="space-y-2">
      <FormAlert form={form} savedMessage={t("saved")} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-wrap items-end gap-2">
        {selects.map((s) => {
          const messages = form.error(s.name);
          return (
            <div key={s.name} className="space-y-1">
              <label htmlFor={`${id}-${s.name}`} className="block text-xs font-medium text-stone-700">
                {s.label}
              </label>
              <select
                id={`${id}-${s.name}`}
                name={s.name}
                defaultValue={form.value(s.name)}
                aria-invalid={messages ? true : undefined}
                className={inputClasses(Boolean(messages))}
              >
                {s.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              <FieldErrors id={`${id}-${s.name}-err`} messages={messages} />
            </div>
          );
        })}
        <Button type="submit" variant={variant} disabled={form.pending}>
          {submit}
        </Button>
      </div>
    </form>
  );
}
