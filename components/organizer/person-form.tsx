"use client";

import { useTranslations } from "next-intl";
import type { FormValues } from "@/server/organizer/shared/form-input";
import { FormAlert, SubmitButton } from "./form-alert";
import { Checkbox, LocalizedField, SelectField, TextField } from "./form-fields";
import { useOrganizerForm, type FormAction } from "./use-organizer-form";

export function PersonForm({
  action,
  initial,
  organizations,
}: {
  action: FormAction;
  initial: FormValues;
  organizations?: { id: string; name: string }[];
}) {
  const t = useTranslations("organizer");
  const form = useOrganizerForm(action, initial);
  const editing = Boolean(initial.personId);
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="space-y-5">
      <FormAlert form={form} savedMessage={t("form.saved")} />
      {editing ? (
        <>
          <input type="hidden" name="personId" value={form.value("personId")} />
          <input type="hidden" name="version" value={form.value("version")} />
        </>
      ) : organizations && organizations.length > 1 ? (
        <SelectField form={form} name="organizationId" label={t("person.organization")}>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <input type="hidden" name="organizationId" value={form.value("organizationId") || organizations?.[0]?.id || ""} />
      )}
      <LocalizedField form={form} name="name" label={t("person.name")} required />
      <LocalizedField form={form} name="honorific" label={t("person.honorific")} />
      <LocalizedField form={form} name="title" label={t("person.officialTitle")} />
      <LocalizedField form={form} name="affiliation" label={t("person.affiliation")} />
      <div className="grid gap-4 md:grid-cols-3">
        <TextField form={form} name="country" label={t("person.country")} />
        <SelectField form={form} name="side" label={t("person.side")}>
          <option value="">{t("person.sideNone")}</option>
          <option value="A">A</option>
          <option value="B">B</option>
        </SelectField>
        <TextField form={form} name="precedence" label={t("person.precedence")} hint={t("person.precedenceHint")} inputMode="numeric" />
      </div>
      <Checkbox form={form} name="isVip" label={t("person.isVip")} />
      <SubmitButton form={form} label={editing ? t("form.save") : t("person.add")} />
    </form>
  );
}
