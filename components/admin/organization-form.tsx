"use client";

import { useTranslations } from "next-intl";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { LocalizedField, TextField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";
import type { FormValues } from "@/server/organizer/shared/form-input";

/** Create an organization (slug, name in each language, country) or rename one (with its version). */
export function OrganizationForm({ action, initial }: { action: FormAction; initial: FormValues }) {
  const t = useTranslations("admin");
  const form = useOrganizerForm(action, initial);
  const editing = Boolean(initial.organizationId);
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="space-y-4">
      <FormAlert form={form} savedMessage={t("saved")} />
      {editing ? (
        <>
          <input type="hidden" name="organizationId" value={form.value("organizationId")} />
          <input type="hidden" name="version" value={form.value("version")} />
        </>
      ) : (
        <TextField form={form} name="slug" label={t("organizations.slug")} hint={t("organizations.slugHint")} required />
      )}
      <LocalizedField form={form} name="name" label={t("organizations.name")} required />
      <TextField
        form={form}
        name="country"
        label={t("organizations.country")}
        hint={t("organizations.countryHint")}
        required
        className="max-w-48"
      />
      <SubmitButton form={form} label={editing ? t("organizations.rename") : t("organizations.create")} />
    </form>
  );
}
