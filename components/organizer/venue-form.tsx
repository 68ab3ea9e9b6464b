"use client";

import { useTranslations } from "next-intl";
import { htmlLang } from "@/lib/i18n/html-lang";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";
import type { FormValues } from "@/server/organizer/shared/form-input";
import { FormAlert, SubmitButton } from "./form-alert";
import { LocalizedField, SelectField, TextField, TimeZoneField } from "./form-fields";
import { useOrganizerForm, type FormAction } from "./use-organizer-form";

/** A physical venue or an online channel; the same form adds (eventId) and edits (venueId + version). */
export function VenueForm({ action, initial }: { action: FormAction; initial: FormValues }) {
  const t = useTranslations("organizer");
  const form = useOrganizerForm(action, initial);
  const editing = Boolean(initial.venueId);
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="space-y-5">
      <FormAlert form={form} savedMessage={editing ? t("form.saved") : t("form.created")} />
      {editing ? (
        <>
          <input type="hidden" name="venueId" value={form.value("venueId")} />
          <input type="hidden" name="version" value={form.value("version")} />
        </>
      ) : (
        <input type="hidden" name="eventId" value={form.value("eventId")} />
      )}
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField form={form} name="kind" label={t("venue.kind")}>
          <option value="PHYSICAL">{t("venue.PHYSICAL")}</option>
          <option value="ONLINE">{t("venue.ONLINE")}</option>
        </SelectField>
        <TimeZoneField form={form} name="timeZone" label={t("venue.timeZone")} />
        <TextField form={form} name="capacity" label={t("venue.capacity")} inputMode="numeric" />
      </div>
      <LocalizedField form={form} name="name" label={t("venue.name")} required />
      <LocalizedField form={form} name="city" label={t("venue.city")} />
      <div className="grid gap-4 md:grid-cols-3">
        <TextField form={form} name="country" label={t("venue.country")} />
        <TextField form={form} name="platform" label={t("venue.platform")} />
        <TextField form={form} name="position" label={t("venue.position")} inputMode="numeric" />
      </div>
      <LocalizedField form={form} name="address" label={t("venue.address")} />
      <TextField form={form} name="streamUrl" type="url" label={t("venue.streamUrl")} inputMode="url" />
      <fieldset className="grid gap-4 md:grid-cols-3">
        <legend className="mb-1 text-sm font-medium text-stone-800">{t("venue.interpretationUrls")}</legend>
        {LOCALES.map((lang) => (
          <TextField
            key={lang}
            form={form}
            name={`interpretationUrls.${lang}`}
            type="url"
            label={<span lang={htmlLang(lang)}>{LOCALE_NAMES[lang]}</span>}
            inputMode="url"
          />
        ))}
      </fieldset>
      <SubmitButton form={form} label={editing ? t("form.save") : t("venue.add")} />
    </form>
  );
}
