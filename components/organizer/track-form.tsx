"use client";

import { useTranslations } from "next-intl";
import { TRACK_COLOR_NAMES, TRACK_COLORS } from "@/lib/tracks/track-colors";
import type { FormValues } from "@/server/organizer/shared/form-input";
import { FormAlert, SubmitButton } from "./form-alert";
import { FieldErrors, LocalizedField, TextField } from "./form-fields";
import { useOrganizerForm, type FormAction } from "./use-organizer-form";

/** A track of the event; the same form adds (eventId) and edits (trackId + version). */
export function TrackForm({ action, initial }: { action: FormAction; initial: FormValues }) {
  const t = useTranslations("organizer");
  const form = useOrganizerForm(action, initial);
  const editing = Boolean(initial.trackId);
  const colorErrors = form.error("color");
  const chosen = form.value("color");
  const groupId = `${editing ? initial.trackId : "new"}-color`;
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="space-y-5">
      <FormAlert form={form} savedMessage={editing ? t("form.saved") : t("form.created")} />
      {editing ? (
        <>
          <input type="hidden" name="trackId" value={form.value("trackId")} />
          <input type="hidden" name="version" value={form.value("version")} />
        </>
      ) : (
        <input type="hidden" name="eventId" value={form.value("eventId")} />
      )}
      <LocalizedField form={form} name="name" label={t("track.name")} required />
      <fieldset className="space-y-2" aria-describedby={colorErrors ? `${groupId}-err` : undefined}>
        <legend className="text-sm font-medium text-stone-800">{t("track.color")}</legend>
        <div className="flex flex-wrap gap-2">
          {TRACK_COLOR_NAMES.map((c) => (
            <label
              key={c}
              className="inline-flex cursor-pointer items-center gap-2 rounded-lg border border-stone-300 px-2 py-1 text-sm text-stone-800 has-[:checked]:border-stone-900 has-[:checked]:ring-2 has-[:checked]:ring-stone-900"
            >
              <input type="radio" name="color" value={c} defaultChecked={chosen === c} className="size-4 accent-brand-700" />
              <span aria-hidden className="inline-block size-4 rounded-full" style={{ backgroundColor: TRACK_COLORS[c] }} />
              {t(`track.colors.${c}`)}
            </label>
          ))}
        </div>
        <FieldErrors id={`${groupId}-err`} messages={colorErrors} />
      </fieldset>
      <TextField form={form} name="position" label={t("track.position")} inputMode="numeric" className="max-w-40" />
      <SubmitButton form={form} label={editing ? t("form.save") : t("track.add")} />
    </form>
  );
}
