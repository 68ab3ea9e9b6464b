"use client";

import { useTranslations } from "next-intl";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { LocalizedField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";

/** Adds a milestone kind of the organization's own (name in each language). */
export function MilestoneTypeForm({ action, organizationId }: { action: FormAction; organizationId: string }) {
  const t = useTranslations("ledger.kinds");
  const form = useOrganizerForm(action, { organizationId });
  return (
    <form key={form.formKey} action={form.formAction} aria-label={t("add")} className="space-y-3">
      <FormAlert form={form} savedMessage={t("added")} />
      <input type="hidden" name="organizationId" value={organizationId} />
      <LocalizedField form={form} name="name" label={t("name")} required />
      <SubmitButton form={form} label={t("add")} />
    </form>
  );
}
