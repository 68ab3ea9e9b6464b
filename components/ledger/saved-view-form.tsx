"use client";

import { useTranslations } from "next-intl";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { TextField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";

/**
 * Names the ledger's current filters as a saved view (no viewId), or renames one of the
 * caller's views (viewId + version; no query, so its filters stay).
 */
export function SavedViewForm({
  action,
  organizationId,
  query,
  view,
  label,
}: {
  action: FormAction;
  organizationId: string;
  query?: string;
  view?: { id: string; version: number; name: string };
  label: string;
}) {
  const t = useTranslations("ledger.views");
  const form = useOrganizerForm(action, { organizationId, name: view?.name ?? "" });
  return (
    <form key={form.formKey} action={form.formAction} aria-label={label} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="organizationId" value={organizationId} />
      {view && <input type="hidden" name="viewId" value={view.id} />}
      {view && <input type="hidden" name="version" value={String(view.version)} />}
      {query !== undefined && <input type="hidden" name="query" value={query} />}
      <TextField form={form} name="name" label={t("name")} required className="min-w-48 flex-1" />
      <SubmitButton form={form} label={view ? t("rename") : t("save")} />
      <div className="basis-full">
        <FormAlert form={form} savedMessage={view ? t("renamed") : t("saved")} />
      </div>
    </form>
  );
}
