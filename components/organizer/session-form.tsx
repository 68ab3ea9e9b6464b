"use client";

import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { LOCALES } from "@/lib/i18n/locales";
import { SESSION_TYPES } from "@/lib/validation/session-schema";
import type { FormValues } from "@/server/organizer/shared/form-input";
import { FormAlert, SubmitButton } from "./form-alert";
import { CheckboxGroup, FieldErrors, LocalizedField, SelectField, TextField } from "./form-fields";
import { useOrganizerForm, type FormAction } from "./use-organizer-form";

export type VenueOption = { id: string; name: string; timeZone: string; lang?: string };
export type PersonOption = { id: string; name: string; lang?: string };
export type TrackOption = { id: string; name: string };

/**
 * Add or edit a session. Start and end are typed in the host venue's local time (its zone
 * is shown next to them); relay venues and people are ticked from the event's lists.
 */
export function SessionForm({
  action,
  initial,
  venues,
  people,
  tracks,
}: {
  action: FormAction;
  initial: FormValues;
  venues: VenueOption[];
  people: PersonOption[];
  tracks: TrackOption[];
}) {
  const t = useTranslations("organizer");
  const form = useOrganizerForm(action, initial);
  const editing = Boolean(initial.sessionId);
  const [hostId, setHostId] = useState(form.value("hostVenueId") || venues[0]?.id);
  const hostZone = venues.find((v) => v.id === hostId)?.timeZone ?? "";
  const personOptions = people.map((p) => ({ value: p.id, label: p.name, lang: p.lang }));
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="space-y-6">
      <FormAlert form={form} savedMessage={t("form.saved")} />
      <input type="hidden" name="eventId" value={form.value("eventId")} />
      {editing && (
        <>
          <input type="hidden" name="sessionId" value={form.value("sessionId")} />
          <input type="hidden" name="version" value={form.value("version")} />
        </>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField form={form} name="type" label={t("session.type")}>
          {SESSION_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`session.types.${type}`)}
            </option>
          ))}
        </SelectField>
        <div className="space-y-1">
          <label htmlFor="session-host" className="block text-sm font-medium text-stone-800">
            {t("session.hostVenue")}
          </label>
          <select
            id="session-host"
            name="hostVenueId"
            defaultValue={hostId}
            onChange={(e) => setHostId(e.target.value)}
            className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base"
          >
            {venues.map((v) => (
              <option key={v.id} value={v.id}>{`${v.name} (${v.timeZone})`}</option>
            ))}
          </select>
          <FieldErrors id="session-hostVenueId-err" messages={form.error("hostVenueId")} />
        </div>
      </div>
      <LocalizedField form={form} name="title" label={t("session.sessionTitle")} required />
      <div className="space-y-2">
        <div className="grid gap-4 md:grid-cols-2">
          <TextField form={form} name="startLocal" type="datetime-local" label={t("session.start")} required />
          <TextField form={form} name="endLocal" type="datetime-local" label={t("session.end")} required />
        </div>
        <p className="text-sm text-stone-600">{t("session.timesHint", { zone: hostZone })}</p>
      </div>
      <CheckboxGroup
        form={form}
        name="relayVenueIds"
        label={t("session.relayVenues")}
        options={venues.filter((v) => v.id !== hostId).map((v) => ({ value: v.id, label: `${v.name} (${v.timeZone})`, lang: v.lang }))}
      />
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField form={form} name="language" label={t("session.language")}>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </SelectField>
        <div className="space-y-1">
          <SelectField form={form} name="trackId" label={t("session.track")}>
            <option value="">{t("session.noTrack")}</option>
            {tracks.map((tr) => (
              <option key={tr.id} value={tr.id}>
                {tr.name}
              </option>
            ))}
          </SelectField>
          <Link href={`/organizer/events/${form.value("eventId")}/tracks`} className="text-sm text-brand-700 underline">
            {t("session.manageTracks")}
          </Link>
        </div>
        <TextField form={form} name="streamUrl" type="url" inputMode="url" label={t("session.streamUrl")} />
      </div>
      <CheckboxGroup
        form={form}
        name="interpretation"
        label={t("session.interpretation")}
        options={LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
      />
      <div className="grid gap-4 md:grid-cols-3">
        <CheckboxGroup form={form} name="hostIds" label={t("session.hosts")} options={personOptions} empty={t("session.noPeople")} />
        <CheckboxGroup form={form} name="speakerIds" label={t("session.speakers")} options={personOptions} empty={t("session.noPeople")} />
        <CheckboxGroup
          form={form}
          name="moderatorIds"
          label={t("session.moderators")}
          options={personOptions}
          empty={t("session.noPeople")}
        />
      </div>
      <LocalizedField form={form} name="abstract" label={t("session.abstract")} multiline />
      <SubmitButton form={form} label={editing ? t("form.save") : t("session.add")} />
    </form>
  );
}
