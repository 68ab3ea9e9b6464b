"use client";

import { useTranslations } from "next-intl";
import { useRef, type FormEvent } from "react";
import { suggestSlug } from "@/lib/events/suggest-slug";
import { LOCALES } from "@/lib/i18n/locales";
import type { FormValues } from "@/server/organizer/shared/form-input";
import { FormAlert, SubmitButton } from "./form-alert";
import { Checkbox, CheckboxGroup, LocalizedField, SelectField, TextField, TimeZoneField } from "./form-fields";
import { useOrganizerForm, type FormAction } from "./use-organizer-form";

/** Create (with an organization picker) or edit (hidden eventId + version) an event. */
export function EventForm({
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
  const editing = Boolean(initial.eventId);
  // A new event's web address follows its title until the organizer edits it themselves.
  const slugTouched = useRef(Boolean(initial.slug));
  function suggest(e: FormEvent<HTMLFormElement>) {
    const target = e.target as HTMLInputElement;
    const f = e.currentTarget;
    if (target.name === "slug") {
      slugTouched.current = target.value.trim() !== "";
      return;
    }
    if (editing || slugTouched.current || !/^(title\.|startDate$)/.test(target.name)) return;
    const read = (n: string) => (f.elements.namedItem(n) as HTMLInputElement | null)?.value ?? "";
    const slug = f.elements.namedItem("slug") as HTMLInputElement | null;
    if (slug) slug.value = suggestSlug({ en: read("title.en"), zh: read("title.zh"), ja: read("title.ja") }, read("startDate"));
  }
  return (
    <form key={form.formKey} action={form.formAction} onInput={suggest} noValidate className="space-y-6">
      <FormAlert form={form} savedMessage={t("form.saved")} />
      {editing ? (
        <>
          <input type="hidden" name="eventId" value={form.value("eventId")} />
          <input type="hidden" name="version" value={form.value("version")} />
        </>
      ) : (
        <SelectField form={form} name="organizationId" label={t("event.organization")}>
          {organizations?.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
      )}
      <LocalizedField form={form} name="title" label={t("event.title")} required />
      <LocalizedField form={form} name="subtitle" label={t("event.subtitle")} />
      <TextField form={form} name="slug" label={t("event.slug")} hint={t("event.slugHint")} required />
      <div className="grid gap-4 md:grid-cols-2">
        <LocalizedField form={form} name="sideAName" label={t("event.sideAName")} required />
        <LocalizedField form={form} name="sideBName" label={t("event.sideBName")} required />
      </div>
      <CheckboxGroup
        form={form}
        name="languages"
        label={t("event.languages")}
        options={LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
      />
      <div className="grid gap-4 md:grid-cols-3">
        <TimeZoneField form={form} name="primaryTimeZone" label={t("event.primaryTimeZone")} />
        <TextField form={form} name="startDate" type="date" label={t("event.startDate")} required />
        <TextField form={form} name="endDate" type="date" label={t("event.endDate")} required />
      </div>
      <LocalizedField form={form} name="description" label={t("event.description")} multiline />
      <div className="flex flex-wrap gap-6">
        <Checkbox form={form} name="streamLinksPublic" label={t("event.streamLinksPublic")} />
        <Checkbox form={form} name="videosPublic" label={t("event.videosPublic")} />
        <Checkbox form={form} name="publicSignUp" label={t("event.publicSignUp")} />
      </div>
      <SubmitButton form={form} label={editing ? t("form.save") : t("form.create")} />
    </form>
  );
}
