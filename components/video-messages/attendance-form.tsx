"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ChangeEvent, type ReactNode } from "react";
import { inputClasses } from "@/components/auth/field-styles";
import { FieldErrors } from "@/components/organizer/form-fields";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { useOrganizerForm, type FormAction, type OrganizerForm } from "@/components/organizer/use-organizer-form";
import { cx } from "@/components/ui/cx";

// Adds a person to an event or changes how they take part. The venue choice follows the
// mode: physical venues for in person, online channels for online, none for a video message.

export const MODES = ["IN_PERSON", "ONLINE", "VIDEO_MESSAGE"] as const;
export type VenueOption = { id: string; label: string; kind: "PHYSICAL" | "ONLINE" };
export type Option = { id: string; label: string };

export function AttendanceForm({
  action,
  eventId,
  person,
  people,
  initial,
  venues,
}: {
  action: FormAction;
  eventId: string;
  /** The participant a row form changes; absent for the "add" form, which offers `people`. */
  person?: Option;
  people?: Option[];
  initial: { mode: string; venueId: string };
  venues: VenueOption[];
}) {
  const t = useTranslations("videos.participants");
  const form = useOrganizerForm(action, { eventId, personId: person?.id ?? "", ...initial });
  const compact = Boolean(person);
  return (
    <form key={form.formKey} action={form.formAction} className="space-y-2">
      <FormAlert form={form} savedMessage={t("saved")} />
      <input type="hidden" name="eventId" value={eventId} />
      <div className={cx("flex flex-wrap gap-3", compact ? "items-center" : "items-end")}>
        {person ? (
          <input type="hidden" name="personId" value={person.id} />
        ) : (
          <Select form={form} name="personId" label={t("addPerson")}>
            <option value="">{t("choosePerson")}</option>
            {(people ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </Select>
        )}
        <ModeAndVenue form={form} venues={venues} name={person?.label} />
        <SubmitButton form={form} label={compact ? t("save") : t("add")} />
      </div>
    </form>
  );
}

/** Remounted with the form (its key), so the chosen mode restarts from the saved or typed value. */
function ModeAndVenue({ form, venues, name }: { form: OrganizerForm; venues: VenueOption[]; name?: string }) {
  const t = useTranslations("videos.participants");
  const modeText = useTranslations("videos.attendance");
  const [mode, setMode] = useState(form.value("mode") || "IN_PERSON");
  const [venueId, setVenueId] = useState(form.value("venueId"));
  const kind = mode === "IN_PERSON" ? "PHYSICAL" : "ONLINE";
  const choices = venues.filter((v) => v.kind === kind);
  const shown = choices.some((v) => v.id === venueId) ? venueId : "";
  return (
    <>
      <Select
        form={form}
        name="mode"
        label={name ? t("modeOf", { name }) : t("mode")}
        hideLabel={Boolean(name)}
        value={mode}
        onChange={setMode}
      >
        {MODES.map((m) => (
          <option key={m} value={m}>
            {modeText(m)}
          </option>
        ))}
      </Select>
      {mode !== "VIDEO_MESSAGE" && (
        <Select
          form={form}
          name="venueId"
          label={name ? t("venueOf", { name }) : t("venue")}
          hideLabel={Boolean(name)}
          value={shown}
          onChange={setVenueId}
        >
          <option value="">{mode === "IN_PERSON" ? t("chooseVenue") : t("optionalVenue")}</option>
          {choices.map((v) => (
            <option key={v.id} value={v.id}>
              {v.label}
            </option>
          ))}
        </Select>
      )}
    </>
  );
}

function Select({
  form,
  name,
  label,
  hideLabel,
  value,
  onChange,
  children,
}: {
  form: OrganizerForm;
  name: string;
  label: string;
  hideLabel?: boolean;
  value?: string;
  onChange?: (value: string) => void;
  children: ReactNode;
}) {
  const id = useId();
  const messages = form.error(name);
  const controlled = onChange
    ? { value, onChange: (e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value) }
    : { defaultValue: form.value(name) };
  return (
    <div className="min-w-40 space-y-1">
      <label htmlFor={id} className={hideLabel ? "sr-only" : "block text-sm font-medium text-stone-800"}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={messages ? true : undefined}
        aria-describedby={messages ? `${id}-err` : undefined}
        className={inputClasses(Boolean(messages))}
        {...controlled}
      >
        {children}
      </select>
      <FieldErrors id={`${id}-err`} messages={messages} />
    </div>
  );
}
