"use client";

import { useTranslations } from "next-intl";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { SelectField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";

/** Moves an agreement along intended → signed → in progress → completed, or cancels it. */
export function StatusForm({ action, id, version, next }: { action: FormAction; id: string; version: number; next: string[] }) {
  const t = useTranslations("agreements");
  const form = useOrganizerForm(action, { id, version: String(version), status: next[0] ?? "" });
  if (next.length === 0) return <p className="text-sm text-stone-600">{t("statusChange.none")}</p>;
  return (
    <form
      key={form.formKey}
      action={form.formAction}
      // Cancelling cannot be undone: ask first.
      onSubmit={(e) => {
        if (new FormData(e.currentTarget).get("status") === "CANCELLED" && !window.confirm(t("statusChange.cancelConfirm")))
          e.preventDefault();
      }}
      className="flex flex-wrap items-end gap-3"
    >
      <FormAlert form={form} savedMessage={t("form.saved")} />
      <input type="hidden" name="id" value={id} />
      <input
        type="hidden"
        name="version"
        value={form.state?.result.ok ? String((form.state.result.data as { version: number }).version) : String(version)}
      />
      <SelectField form={form} name="status" label={t("statusChange.to")}>
        {next.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </SelectField>
      <SubmitButton form={form} label={t("statusChange.apply")} />
    </form>
  );
}
