"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/server/organizer/shared/form-state";
import { RequiredMark } from "@/components/organizer/form-fields";
import { Field, controlClasses } from "./field";

export type Option = { value: string; label: string };
export type VideoMessageFormValues = {
  personId?: string;
  sessionId?: string | null;
  title?: Record<string, string>;
  mediaUrl?: string | null;
  durationSec?: number;
  language?: string;
  notes?: string | null;
};

type Props = {
  eventId: string;
  languages: { code: string; name: string }[];
  people: Option[];
  sessions: Option[];
  hosts: string[];
  initial: VideoMessageFormValues;
  /** The record being edited, named explicitly so a spread row (whose key is `id`) cannot pass for "new". */
  editing?: { id: string; version: number };
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
};

/** New and edit form for one video message; the server validates again and answers per field. */
export function VideoMessageForm({ eventId, languages, people, sessions, hosts, initial, editing, action }: Props) {
  const t = useTranslations("videos.form");
  const id = useId();
  const [state, formAction, pending] = useActionState(action, null);
  const result = state?.result;
  const errors = result && !result.ok && result.code === "invalid" ? result.fieldErrors : {};
  const v = (key: string, fallback: string | number | null | undefined) =>
    (state?.values[key] as string | undefined) ?? (fallback == null ? "" : String(fallback));
  const isNew = !editing;
  const control = (name: string) => ({
    id: `${id}-${name}`,
    name,
    "aria-invalid": Boolean(errors[name]) || undefined,
    "aria-describedby": errors[name] ? `${id}-${name}-error` : undefined,
    className: controlClasses(Boolean(errors[name])),
  });

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="eventId" value={eventId} />
      {editing && <input type="hidden" name="videoMessageId" value={editing.id} />}
      {editing && <input type="hidden" name="version" value={editing.version} />}
      <Field id={`${id}-personId`} label={t("vip")} errors={errors.personId} required>
        <select {...control("personId")} defaultValue={v("personId", initial.personId)} required>
          <option value="">{t("choose")}</option>
          {people.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-stone-800">
          {t("title")}
          <RequiredMark announce />
        </legend>
        {languages.map((lang) => (
          <Field
            key={lang.code}
            id={`${id}-title.${lang.code}`}
            label={t("titleIn", { lang: lang.name })}
            errors={errors[`title.${lang.code}`] ?? (lang === languages[0] ? errors.title : undefined)}
          >
            <input
              {...control(`title.${lang.code}`)}
              lang={lang.code}
              defaultValue={v(`title.${lang.code}`, initial.title?.[lang.code])}
              maxLength={300}
            />
          </Field>
        ))}
      </fieldset>
      <Field id={`${id}-mediaUrl`} label={t("mediaUrl")} hint={t("mediaUrlHint", { hosts: hosts.join(", ") })} errors={errors.mediaUrl}>
        <input {...control("mediaUrl")} type="url" inputMode="url" defaultValue={v("mediaUrl", initial.mediaUrl)} placeholder="https://" />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id={`${id}-durationSec`} label={t("duration")} errors={errors.durationSec} required>
          <input
            {...control("durationSec")}
            type="number"
            min={1}
            max={3600}
            step={1}
            defaultValue={v("durationSec", initial.durationSec)}
            required
          />
        </Field>
        <Field id={`${id}-language`} label={t("language")} errors={errors.language} required>
          <input {...control("language")} defaultValue={v("language", initial.language)} maxLength={5} placeholder="ja" required />
        </Field>
      </div>
      <Field id={`${id}-sessionId`} label={t("session")} errors={errors.sessionId}>
        <select {...control("sessionId")} defaultValue={v("sessionId", initial.sessionId)}>
          <option value="">{t("none")}</option>
          {sessions.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-notes`} label={t("notes")} errors={errors.notes}>
        <textarea {...control("notes")} rows={3} maxLength={2000} defaultValue={v("notes", initial.notes)} />
      </Field>
      <div aria-live="polite" className="min-h-6 text-sm">
        {result && !result.ok && (
          <p className="font-semibold text-red-700" role="alert">
            {result.message}
          </p>
        )}
        {result?.ok && <p className="font-semibold text-emerald-800">{t("saved")}</p>}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : isNew ? t("create") : t("save")}
      </Button>
    </form>
  );
}
