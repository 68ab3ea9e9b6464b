"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/organizer/form-alert";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";
import { Button } from "@/components/ui/button";

/**
 * Sets or clears one registrant's VIP flag (shown at the door and on the badge). Posts the
 * registration's version, so a change made meanwhile by another organizer answers "changed by
 * someone else" with Reload instead of overwriting it.
 */
export function VipForm({
  action,
  eventId,
  registrationId,
  version,
  vip,
  name,
}: {
  action: FormAction;
  eventId: string;
  registrationId: string;
  version: number;
  vip: boolean;
  name: string;
}) {
  const t = useTranslations("checkin.vip");
  const fields = { eventId, registrationId, version: String(version), vip: String(!vip) };
  const form = useOrganizerForm(action, fields);
  return (
    <form key={form.formKey} action={form.formAction} className="space-y-2" data-vip-form={registrationId}>
      <FormAlert form={form} savedMessage={t("saved")} />
      {Object.entries(fields).map(([field, value]) => (
        <input key={field} type="hidden" name={field} value={value} />
      ))}
      <Button type="submit" variant="secondary" disabled={form.pending} aria-label={`${vip ? t("clear") : t("mark")}: ${name}`}>
        {vip ? t("clear") : t("mark")}
      </Button>
    </form>
  );
}
