"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { inputClasses } from "@/components/auth/field-styles";
import { htmlLang } from "@/lib/i18n/html-lang";
import { LOCALES, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";
import { TimeZoneCombobox } from "@/components/ui/time-zone-combobox";
import type { OrganizerForm } from "./use-organizer-form";

// Labelled inputs for the organizer forms. Errors are linked with aria-describedby and
// shown under the field; every input has a visible label.

/**
 * The visible mark of a required field. Inputs say it themselves (aria-required), so the mark
 * is hidden from screen readers unless `announce` (a group such as "in at least one language").
 */
export function RequiredMark({ announce }: { announce?: boolean }) {
  const t = useTranslations("organizer.form");
  return (
    <span className="ml-0.5 font-semibold text-red-700" title={t("required")}>
      <span aria-hidden>*</span>
      {announce && <span className="sr-only">{` (${t("required")})`}</span>}
    </span>
  );
}

/** One line per message, so two problems of one field never read as one sentence. */
export function FieldErrors({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm text-red-700">
      {messages.map((m) => (
        <span key={m} className="block">
          {m}
        </span>
      ))}
    </p>
  );
}

export function TextField({
  form,
  name,
  label,
  hint,
  type = "text",
  required,
  list,
  inputMode,
  autoComplete,
  className,
}: {
  form: OrganizerForm;
  name: string;
  label: ReactNode;
  hint?: string;
  type?: string;
  required?: boolean;
  list?: string;
  inputMode?: "numeric" | "url" | "text";
  /** For password managers: "current-password", "new-password", "email", … */
  autoComplete?: string;
  className?: string;
}) {
  const id = useId();
  const messages = form.error(name, true);
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
        {required && <RequiredMark />}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        list={list}
        inputMode={inputMode}
        autoComplete={autoComplete}
        required={required}
        aria-required={required || undefined}
        defaultValue={form.value(name)}
        aria-invalid={messages ? true : undefined}
        aria-describedby={[hint && `${id}-hint`, messages && `${id}-err`].filter(Boolean).join(" ") || undefined}
        className={inputClasses(Boolean(messages))}
      />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-stone-500">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-err`} messages={messages} />
    </div>
  );
}

/** One input per language side by side, so translations can be compared while typing. */
export function LocalizedField({
  form,
  name,
  label,
  multiline,
  required,
}: {
  form: OrganizerForm;
  name: string;
  label: string;
  multiline?: boolean;
  required?: boolean;
}) {
  const id = useId();
  const t = useTranslations("organizer.form");
  const groupErrors = form.error(name);
  return (
    <fieldset className="space-y-2" aria-describedby={groupErrors ? `${id}-err` : undefined}>
      <legend className="text-sm font-medium text-stone-800">
        {label}
        {required ? (
          <RequiredMark announce />
        ) : (
          <>
            {" "}
            <span className="font-normal text-stone-500">({t("optional")})</span>
          </>
        )}
      </legend>
      <div className="grid gap-3 md:grid-cols-3">
        {LOCALES.map((lang) => {
          const field = `${name}.${lang}`;
          const messages = form.error(field);
          const props = {
            id: `${id}-${lang}`,
            name: field,
            lang,
            defaultValue: form.value(field),
            // A group error ("in at least one language") marks every input, as the red border does.
            "aria-invalid": messages || groupErrors ? true : undefined,
            "aria-describedby": [messages && `${id}-${lang}-err`, groupErrors && `${id}-err`].filter(Boolean).join(" ") || undefined,
            className: inputClasses(Boolean(messages || groupErrors)),
          };
          return (
            <div key={lang} className="space-y-1">
              <label htmlFor={`${id}-${lang}`} className="block text-xs font-medium text-stone-600">
                {label} · <span lang={htmlLang(lang)}>{LOCALE_NAMES[lang]}</span>
              </label>
              {multiline ? <textarea rows={4} {...props} /> : <input type="text" {...props} />}
              <FieldErrors id={`${id}-${lang}-err`} messages={messages} />
            </div>
          );
        })}
      </div>
      <FieldErrors id={`${id}-err`} messages={groupErrors} />
    </fieldset>
  );
}

export function SelectField({ form, name, label, children }: { form: OrganizerForm; name: string; label: string; children: ReactNode }) {
  const id = useId();
  const messages = form.error(name);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={form.value(name)}
        aria-invalid={messages ? true : undefined}
        className={inputClasses(Boolean(messages))}
      >
        {children}
      </select>
      <FieldErrors id={`${id}-err`} messages={messages} />
    </div>
  );
}

/** A group of checkboxes posting `name[]` (languages, relay venues, speakers). */
export function CheckboxGroup({
  form,
  name,
  label,
  options,
  empty,
}: {
  form: OrganizerForm;
  name: string;
  label: string;
  options: { value: string; label: string; lang?: string }[];
  empty?: string;
}) {
  const id = useId();
  const chosen = form.list(name);
  const messages = form.error(name, true);
  return (
    <fieldset className="space-y-2" aria-describedby={messages ? `${id}-err` : undefined}>
      <legend className="text-sm font-medium text-stone-800">{label}</legend>
      {options.length === 0 && empty && <p className="text-sm text-stone-500">{empty}</p>}
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {options.map((o) => (
          <label key={o.value} className="inline-flex items-center gap-2 text-sm text-stone-800">
            <input
              type="checkbox"
              name={`${name}[]`}
              value={o.value}
              defaultChecked={chosen.includes(o.value)}
              className="size-4 accent-brand-700"
            />
            <span lang={o.lang}>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldErrors id={`${id}-err`} messages={messages} />
    </fieldset>
  );
}

export function Checkbox({ form, name, label }: { form: OrganizerForm; name: string; label: string }) {
  return (
    <label className="inline-flex items-center gap-2 text-sm text-stone-800">
      <input type="checkbox" name={name} defaultChecked={form.value(name) === "on"} className="size-4 accent-brand-700" />
      {label}
    </label>
  );
}

/** A required time zone, searched by city or country (components/ui/time-zone-combobox.tsx). */
export function TimeZoneField({ form, name, label }: { form: OrganizerForm; name: string; label: string }) {
  const id = useId();
  const t = useTranslations("organizer.form");
  const zt = useTranslations("zonePicker");
  const locale = useLocale() as Locale;
  const messages = form.error(name, true);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
        <RequiredMark />
      </label>
      <TimeZoneCombobox
        id={id}
        name={name}
        label={label}
        locale={locale}
        text={{ noMatch: zt.raw("noMatch") as string, loading: zt("loading") }}
        defaultValue={form.value(name)}
        required
        invalid={Boolean(messages)}
        describedBy={[`${id}-hint`, messages && `${id}-err`].filter(Boolean).join(" ")}
        className={inputClasses(Boolean(messages))}
      />
      <p id={`${id}-hint`} className="text-xs text-stone-500">
        {t("timeZoneHint")}
      </p>
      <FieldErrors id={`${id}-err`} messages={messages} />
    </div>
  );
}
