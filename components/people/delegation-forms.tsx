"use client";

import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { inputClasses } from "@/components/auth/field-styles";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { Checkbox, LocalizedField, SelectField, TextField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";
import { Button } from "@/components/ui/button";
import type { Option } from "./invitation-forms";

// The delegations page's forms: a new delegation for a side, a member, inviting the whole
// delegation, and the delegates CSV import (check, then import exactly what was checked).

export function CreateDelegationForm({ action, eventId, sides }: { action: FormAction; eventId: string; sides: Option[] }) {
  const t = useTranslations("people.delegations");
  const form = useOrganizerForm(action, { eventId, side: "A" });
  return (
    <form key={form.formKey} action={form.formAction} className="space-y-4" aria-label={t("createTitle")}>
      <input type="hidden" name="eventId" value={eventId} />
      <SelectField form={form} name="side" label={t("side")}>
        {sides.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </SelectField>
      <LocalizedField form={form} name="name" label={t("name")} required />
      <FormAlert form={form} savedMessage={t("created")} />
      <SubmitButton form={form} label={t("create")} />
    </form>
  );
}

export function AddMemberForm({
  action,
  eventId,
  delegationId,
  venues,
}: {
  action: FormAction;
  eventId: string;
  delegationId: string;
  venues: Option[];
}) {
  const t = useTranslations("people.delegations");
  const form = useOrganizerForm(action, { eventId, delegationId, venueId: "" });
  return (
    <form key={form.formKey} action={form.formAction} className="space-y-3" aria-label={t("addMember")}>
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="delegationId" value={delegationId} />
      <div className="grid gap-3 md:grid-cols-2">
        <TextField form={form} name="name" label={t("person")} required />
        <TextField form={form} name="email" type="email" label={t("email")} />
        <TextField form={form} name="organization" label={t("organization")} />
        <TextField form={form} name="position" label={t("position")} />
        <TextField form={form} name="languages" label={t("languages")} hint={t("codesHint")} />
        <TextField form={form} name="interpretation" label={t("interpretation")} hint={t("codesHint")} />
        <SelectField form={form} name="venueId" label={t("venue")}>
          <option value="">{t("noVenue")}</option>
          {venues.map((v) => (
            <option key={v.id} value={v.id}>
              {v.label}
            </option>
          ))}
        </SelectField>
        <div className="flex items-end">
          <Checkbox form={form} name="isHead" label={t("isHead")} />
        </div>
      </div>
      <FormAlert form={form} savedMessage={t("memberAdded")} />
      <SubmitButton form={form} label={t("addMember")} />
    </form>
  );
}

export function InviteDelegationForm({ action, eventId, delegationId }: { action: FormAction; eventId: string; delegationId: string }) {
  const t = useTranslations("people.delegations");
  const form = useOrganizerForm(action, { eventId, delegationId });
  const r = form.state?.result;
  return (
    <form key={form.formKey} action={form.formAction} className="space-y-2">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="delegationId" value={delegationId} />
      <FormAlert form={form} savedMessage={r?.ok ? t("invitedAll", r.data as { invited: number; skipped: number }) : undefined} />
      <SubmitButton form={form} label={t("inviteAll")} />
    </form>
  );
}

type Report = {
  mode: "dry-run" | "confirm";
  totalRows: number;
  toInvite: { line: number; name: string; email: string }[];
  errors: { line: number; reason: string }[];
  created: number;
  uploadToken?: string;
  delegationId: string;
};

export function DelegatesImportForm({ action, eventId, delegations }: { action: FormAction; eventId: string; delegations: Option[] }) {
  const t = useTranslations("people.import");
  const form = useOrganizerForm(action, { eventId, delegationId: delegations[0]?.id ?? "" });
  const [file, setFile] = useState<File | null>(null);
  const modeRef = useRef<HTMLInputElement>(null);
  const result = form.state?.result;
  const report = result?.ok ? (result.data as Report) : null;
  return (
    <form action={form.formAction} className="space-y-4" encType="multipart/form-data" aria-label={t("title")}>
      <input type="hidden" name="eventId" value={eventId} />
      <input ref={modeRef} type="hidden" name="mode" value="dry-run" />
      {report?.mode === "dry-run" && report.uploadToken && <input type="hidden" name="uploadToken" value={report.uploadToken} />}
      <SelectField form={form} name="delegationId" label={t("delegation")}>
        {delegations.map((d) => (
          <option key={d.id} value={d.id}>
            {d.label}
          </option>
        ))}
      </SelectField>
      <label className="block space-y-1 text-sm font-medium text-stone-800">
        <span className="block">{t("file")}</span>
        <input
          type="file"
          name="file"
          accept=".csv,text/csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          className={inputClasses(false)}
        />
        <span className="block text-xs font-normal text-stone-500 [overflow-wrap:anywhere]">{t("columns")}</span>
      </label>
      <div className="flex flex-wrap gap-3">
        <Button
          type="submit"
          variant="secondary"
          disabled={form.pending || !file}
          onClick={() => {
            if (modeRef.current) modeRef.current.value = "dry-run";
          }}
        >
          {t("check")}
        </Button>
        {report?.mode === "dry-run" && report.errors.length === 0 && report.uploadToken && (
          <Button
            type="submit"
            disabled={form.pending}
            onClick={() => {
              if (modeRef.current) modeRef.current.value = "confirm";
            }}
          >
            {t("confirm", { count: report.toInvite.length })}
          </Button>
        )}
      </div>
      {result && !result.ok && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800">
          {result.message}
        </p>
      )}
      {report && (
        <div role="status" className="space-y-3 text-sm">
          <p className="font-medium">
            {report.mode === "confirm"
              ? t("done", { count: report.toInvite.length })
              : t("summary", { total: report.totalRows, ok: report.toInvite.length, errors: report.errors.length })}
          </p>
          {report.errors.length > 0 && (
            <ul className="space-y-1 text-red-800">
              {report.errors.map((e) => (
                <li key={e.line}>
                  <span className="font-mono">{t("line", { line: e.line })}</span> — {e.reason}
                </li>
              ))}
            </ul>
          )}
          {report.mode === "dry-run" && report.toInvite.length > 0 && (
            <ul className="space-y-1 text-stone-800">
              {report.toInvite.map((e) => (
                <li key={e.line}>
                  <span className="font-mono">{t("line", { line: e.line })}</span> — {e.name} &lt;{e.email}&gt;
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
