"use client";

import { useTranslations } from "next-intl";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { SelectField, TextField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";

// The invite forms: a member of an organization (role), a delegate of an event (venue).

export type Option = { id: string; label: string };

function LanguageField({ form }: { form: ReturnType<typeof useOrganizerForm> }) {
  const t = useTranslations("people");
  return (
    <SelectField form={form} name="locale" label={t("invite.language")}>
      {LOCALES.map((l) => (
        <option key={l} value={l}>
          {LOCALE_NAMES[l]}
        </option>
      ))}
    </SelectField>
  );
}

export function InviteMemberForm({
  action,
  organizationId,
  canInviteOwner,
}: {
  action: FormAction;
  organizationId: string;
  canInviteOwner: boolean;
}) {
  const t = useTranslations("people");
  const form = useOrganizerForm(action, { organizationId, locale: "en", role: canInviteOwner ? "OWNER" : "ORGANIZER" });
  return (
    <form key={form.formKey} action={form.formAction} className="space-y-4" aria-label={t("invite.memberTitle")}>
      <input type="hidden" name="organizationId" value={organizationId} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField form={form} name="name" label={t("invite.name")} required />
        <TextField form={form} name="email" type="email" label={t("invite.email")} required />
        <LanguageField form={form} />
        <SelectField form={form} name="role" label={t("invite.role")}>
          {canInviteOwner && <option value="OWNER">{t("roles.OWNER")}</option>}
          <option value="ORGANIZER">{t("roles.ORGANIZER")}</option>
          <option value="VIEWER">{t("roles.VIEWER")}</option>
        </SelectField>
      </div>
      <FormAlert form={form} savedMessage={t("invite.sent")} />
      <SubmitButton form={form} label={t("invite.send")} />
    </form>
  );
}

export function InviteDelegateForm({ action, eventId, venues }: { action: FormAction; eventId: string; venues: Option[] }) {
  const t = useTranslations("people");
  const form = useOrganizerForm(action, { eventId, locale: "en", venueId: "" });
  return (
    <form key={form.formKey} action={form.formAction} className="space-y-4" aria-label={t("invite.delegateTitle")}>
      <input type="hidden" name="eventId" value={eventId} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField form={form} name="name" label={t("invite.name")} required />
        <TextField form={form} name="email" type="email" label={t("invite.email")} required />
        <LanguageField form={form} />
        <SelectField form={form} name="venueId" label={t("invite.venue")}>
          <option value="">{t("invite.venueChoose")}</option>
          {venues.map((v) => (
            <option key={v.id} value={v.id}>
              {v.label}
            </option>
          ))}
        </SelectField>
      </div>
      <FormAlert form={form} savedMessage={t("invite.sent")} />
      <SubmitButton form={form} label={t("invite.send")} />
    </form>
  );
}
