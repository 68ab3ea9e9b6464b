"use client";

import { useTranslations } from "next-intl";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { LocalizedField, SelectField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";
import { OUTCOME_KINDS, VISIBILITIES } from "@/lib/agreements/agreement-enums";
import type { FormValues } from "@/server/organizer/shared/form-input";
import type { Option } from "./agreement-form";

/** A programme or platform: adds (idempotencyKey) or edits (id + version). */
export function OutcomeForm({ action, initial, sectors }: { action: FormAction; initial: FormValues; sectors: Option[] }) {
  const t = useTranslations("agreements");
  const form = useOrganizerForm(action, initial);
  const editing = Boolean(initial.id);
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="space-y-5">
      <FormAlert form={form} savedMessage={t("form.saved")} />
      <input type="hidden" name="eventId" value={form.value("eventId")} />
      {editing ? (
        <>
          <input type="hidden" name="id" value={form.value("id")} />
          <input type="hidden" name="version" value={form.value("version")} />
        </>
      ) : (
        <input type="hidden" name="idempotencyKey" value={form.value("idempotencyKey")} />
      )}
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField form={form} name="kind" label={t("outcomes.kind")}>
          {OUTCOME_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`outcomes.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField form={form} name="sector" label={t("field.sector")}>
          <option value="">{t("field.none")}</option>
          {sectors.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <SelectField form={form} name="visibility" label={t("field.visibility")}>
          {VISIBILITIES.map((v) => (
            <option key={v} value={v}>
              {t(`visibility.${v}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <LocalizedField form={form} name="title" label={t("field.title")} required />
      <LocalizedField form={form} name="description" label={t("outcomes.description")} multiline />
      <SubmitButton form={form} label={t("form.save")} />
    </form>
  );
}
