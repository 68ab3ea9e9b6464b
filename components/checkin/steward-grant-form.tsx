"use client";

import { useTranslations } from "next-intl";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { CheckboxGroup, TextField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";

/** Makes an existing account steward of one or more venues of the event. */
export function StewardGrantForm({
  action,
  eventId,
  venues,
}: {
  action: FormAction;
  eventId: string;
  venues: { value: string; label: string }[];
}) {
  const t = useTranslations("checkin.board");
  const form = useOrganizerForm(action, { eventId });
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="space-y-4">
      <FormAlert form={form} savedMessage={t("granted")} />
      <input type="hidden" name="eventId" value={eventId} />
      <TextField form={form} name="email" type="email" label={t("email")} required className="max-w-md" />
      <CheckboxGroup form={form} name="venueIds" label={t("venues")} options={venues} />
      <SubmitButton form={form} label={t("grantButton")} />
    </form>
  );
}
