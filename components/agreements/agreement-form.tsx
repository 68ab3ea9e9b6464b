"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { inputClasses } from "@/components/auth/field-styles";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { CheckboxGroup, FieldErrors, LocalizedField, SelectField, TextField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, VISIBILITIES } from "@/lib/agreements/agreement-enums";
import type { FormValues } from "@/server/organizer/shared/form-input";

export type Option = { value: string; label: string; lang?: string };

// One form for recording (hidden idempotencyKey: a double click or resubmit stays one row)
// and editing (hidden id + version: a concurrent edit is refused, not overwritten).
export function AgreementForm({
  action,
  initial,
  sectors,
  venues,
  sessions,
  parties,
  sideA,
  sideB,
}: {
  action: FormAction;
  initial: FormValues;
  sectors: Option[];
  venues: Option[];
  sessions: Option[];
  parties: { A: Option[]; B: Option[] };
  sideA: string;
  sideB: string;
}) {
  const t = useTranslations("agreements");
  const form = useOrganizerForm(action, initial);
  const editing = Boolean(initial.id);
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="space-y-6">
      <FormAlert form={form} savedMessage={editing ? t("form.saved") : undefined} />
      <input type="hidden" name="eventId" value={form.value("eventId")} />
      {editing ? (
        <>
          <input type="hidden" name="id" value={form.value("id")} />
          <input type="hidden" name="version" value={form.value("version")} />
        </>
      ) : (
        <input type="hidden" name="idempotencyKey" value={form.value("idempotencyKey")} />
      )}
      <LocalizedField form={form} name="title" label={t("field.title")} required />
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField form={form} name="sector" label={t("field.sector")}>
          {sectors.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <SelectField form={form} name="type" label={t("field.type")}>
          {AGREEMENT_TYPES.map((v) => (
            <option key={v} value={v}>
              {t(`type.${v}`)}
            </option>
          ))}
        </SelectField>
        {editing ? null : (
          <SelectField form={form} name="status" label={t("field.status")}>
            {AGREEMENT_STATUSES.filter((s) => s !== "CANCELLED").map((v) => (
              <option key={v} value={v}>
                {t(`status.${v}`)}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField form={form} name="visibility" label={t("field.visibility")}>
          {VISIBILITIES.map((v) => (
            <option key={v} value={v}>
              {t(`visibility.${v}`)}
            </option>
          ))}
        </SelectField>
        <TextField form={form} name="value" label={t("field.value")} hint={t("field.valueHint")} inputMode="text" />
        <TextField form={form} name="currency" label={t("field.currency")} list="accord-currencies" />
      </div>
      <datalist id="accord-currencies">
        {["CNY", "JPY", "USD", "EUR", "HKD", "KRW"].map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <LocalizedField form={form} name="cityA" label={t("field.cityA")} />
      <LocalizedField form={form} name="cityB" label={t("field.cityB")} />
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField form={form} name="venueId" label={t("field.venue")}>
          <option value="">{t("field.none")}</option>
          {venues.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <SelectField form={form} name="sessionId" label={t("field.session")}>
          <option value="">{t("field.none")}</option>
          {sessions.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <TextField form={form} name="signedAtLocal" type="datetime-local" label={t("field.signedAt")} hint={t("field.signedAtHint")} />
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        {(["A", "B"] as const).map((side) => (
          <div key={side} className="space-y-3 rounded-xl border border-stone-200 p-4">
            <CheckboxGroup
              form={form}
              name={`parties${side}`}
              label={t(`field.parties${side}`, { side: side === "A" ? sideA : sideB })}
              options={parties[side]}
            />
            <NewParties form={form} name={`newParties${side}`} label={t("field.newParties")} />
          </div>
        ))}
      </div>
      <SubmitButton form={form} label={t("form.save")} />
    </form>
  );
}

function NewParties({ form, name, label }: { form: ReturnType<typeof useOrganizerForm>; name: string; label: string }) {
  const id = useId();
  const messages = form.error(name.replace("newParties", "parties"), true);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <textarea id={id} name={name} rows={2} defaultValue={form.value(name)} className={inputClasses(Boolean(messages))} />
      <FieldErrors id={`${id}-err`} messages={messages} />
    </div>
  );
}
