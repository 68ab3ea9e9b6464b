"use client";

import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { SelectField, TextField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";
import { buttonClasses } from "@/components/ui/button";
import type { Option } from "./invitation-forms";

// The invitee's two answers on the link's page. Accepting asks for a password only when the
// address has no account yet, and for a venue when the invitation is to an event.

export function AcceptInvitationForm({
  action,
  token,
  needsPassword,
  venues,
  venueId,
}: {
  action: FormAction;
  token: string;
  needsPassword: boolean;
  venues?: Option[];
  venueId?: string | null;
}) {
  const t = useTranslations("people.answer");
  const form = useOrganizerForm(action, { token, venueId: venueId ?? "" });
  const r = form.state?.result;
  if (r?.ok) {
    const data = r.data as { registration: { status: string } | null };
    return (
      <div role="status" className="space-y-3 rounded-lg bg-emerald-50 px-4 py-3 text-emerald-900">
        <p className="font-semibold">
          {data.registration ? t(data.registration.status === "WAITLISTED" ? "waitlisted" : "registered") : t("joined")}
        </p>
        <Link href="/sign-in" className={buttonClasses("primary")}>
          {t("signIn")}
        </Link>
      </div>
    );
  }
  return (
    <form key={form.formKey} action={form.formAction} className="space-y-4" aria-label={t("acceptTitle")}>
      <input type="hidden" name="token" value={token} />
      {venues && (
        <SelectField form={form} name="venueId" label={t("venue")}>
          <option value="">{t("venueChoose")}</option>
          {venues.map((v) => (
            <option key={v.id} value={v.id}>
              {v.label}
            </option>
          ))}
        </SelectField>
      )}
      {needsPassword ? (
        <>
          <p className="text-sm text-stone-700">{t("newAccount")}</p>
          <TextField form={form} name="password" type="password" label={t("password")} required />
          <TextField form={form} name="confirm" type="password" label={t("confirm")} required />
        </>
      ) : (
        <p className="text-sm text-stone-700">{t("existingAccount")}</p>
      )}
      <FormAlert form={form} />
      <SubmitButton form={form} label={t("accept")} />
    </form>
  );
}

export function DeclineInvitationForm({ action, token }: { action: FormAction; token: string }) {
  const t = useTranslations("people.answer");
  const form = useOrganizerForm(action, { token });
  if (form.state?.result.ok)
    return (
      <p role="status" className="rounded-lg bg-stone-100 px-4 py-3 text-stone-800">
        {t("declined")}
      </p>
    );
  return (
    <form key={form.formKey} action={form.formAction} className="space-y-4" aria-label={t("declineTitle")}>
      <input type="hidden" name="token" value={token} />
      <TextField form={form} name="reason" label={t("reason")} />
      <FormAlert form={form} />
      <SubmitButton form={form} label={t("decline")} />
    </form>
  );
}
