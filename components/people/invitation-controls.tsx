"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { inputClasses } from "@/components/auth/field-styles";
import { Button } from "@/components/ui/button";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";
import type { Option } from "./invitation-forms";

// What an organizer does with one open invitation: resend it (new link), revoke it, or record
// the answer given by phone. Each is a small form carrying the invitation's version.

function Outcome({ form }: { form: ReturnType<typeof useOrganizerForm> }) {
  const t = useTranslations("people");
  const r = form.state?.result;
  if (!r) return null;
  return r.ok ? (
    <p role="status" className="text-sm text-emerald-800">
      {t("manage.done")}
    </p>
  ) : (
    <p role="alert" className="text-sm text-red-800">
      {r.message}
    </p>
  );
}

function OneButton({
  action,
  invitationId,
  version,
  label,
  confirmText,
}: {
  action: FormAction;
  invitationId: string;
  version: number;
  label: string;
  confirmText?: string;
}) {
  const form = useOrganizerForm(action, {});
  return (
    <form
      key={form.formKey}
      action={form.formAction}
      onSubmit={(e) => {
        if (confirmText && !window.confirm(confirmText)) e.preventDefault();
      }}
      className="inline-block space-y-1"
    >
      <input type="hidden" name="invitationId" value={invitationId} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" variant="secondary" disabled={form.pending} className="px-2 py-1 text-xs">
        {label}
      </Button>
      <Outcome form={form} />
    </form>
  );
}

export function InvitationControls({
  actions,
  invitationId,
  version,
  name,
  venues,
}: {
  actions: { resend: FormAction; revoke: FormAction; record: FormAction };
  invitationId: string;
  version: number;
  name: string;
  venues?: Option[];
}) {
  const t = useTranslations("people");
  const id = useId();
  const form = useOrganizerForm(actions.record, {});
  return (
    <div className="flex flex-wrap items-start gap-2">
      <OneButton action={actions.resend} invitationId={invitationId} version={version} label={t("manage.resend")} />
      <OneButton
        action={actions.revoke}
        invitationId={invitationId}
        version={version}
        label={t("manage.revoke")}
        confirmText={t("manage.confirmRevoke", { name })}
      />
      <details className="text-sm">
        <summary className="cursor-pointer rounded px-2 py-1 text-brand-700 underline">{t("manage.record")}</summary>
        <form key={form.formKey} action={form.formAction} className="mt-2 space-y-2">
          <input type="hidden" name="invitationId" value={invitationId} />
          <input type="hidden" name="version" value={version} />
          <label htmlFor={`${id}-a`} className="block text-xs font-medium">
            {t("manage.answer")}
          </label>
          <select id={`${id}-a`} name="answer" className={inputClasses(false)} defaultValue="ACCEPTED">
            <option value="ACCEPTED">{t("manage.accepted")}</option>
            <option value="DECLINED">{t("manage.declined")}</option>
          </select>
          {venues && (
            <>
              <label htmlFor={`${id}-v`} className="block text-xs font-medium">
                {t("invite.venue")}
              </label>
              <select id={`${id}-v`} name="venueId" className={inputClasses(false)} defaultValue="">
                <option value="">{t("invite.venueChoose")}</option>
                {venues.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.label}
                  </option>
                ))}
              </select>
            </>
          )}
          <label htmlFor={`${id}-r`} className="block text-xs font-medium">
            {t("manage.reason")}
          </label>
          <input id={`${id}-r`} name="reason" className={inputClasses(false)} maxLength={500} />
          <Button type="submit" variant="secondary" disabled={form.pending} className="px-2 py-1 text-xs">
            {t("manage.save")}
          </Button>
          <Outcome form={form} />
        </form>
      </details>
    </div>
  );
}
