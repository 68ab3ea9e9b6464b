"use client";

import { useTranslations } from "next-intl";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { CheckboxGroup, LocalizedField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";

/** An announcement to chosen registrants; each gets it in their language (the text written in it, else the event's first). */
export function AnnouncementForm({
  action,
  eventId,
  registrants,
}: {
  action: FormAction;
  eventId: string;
  registrants: { value: string; label: string }[];
}) {
  const t = useTranslations("people.announce");
  const form = useOrganizerForm(action, { eventId });
  const r = form.state?.result;
  return (
    <form key={form.formKey} action={form.formAction} className="space-y-4" aria-label={t("title")}>
      <input type="hidden" name="eventId" value={eventId} />
      <LocalizedField form={form} name="subject" label={t("subject")} required />
      <LocalizedField form={form} name="message" label={t("message")} multiline required />
      <CheckboxGroup form={form} name="recipients" label={t("recipients")} options={registrants} empty={t("none")} />
      <FormAlert form={form} savedMessage={r?.ok ? t("sent", { count: (r.data as { sent: number }).sent }) : undefined} />
      <SubmitButton form={form} label={t("send")} />
    </form>
  );
}
