"use client";

import { useTranslations } from "next-intl";
import { FormAlert, SubmitButton } from "@/components/organizer/form-alert";
import { SelectField } from "@/components/organizer/form-fields";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";

/** The agreement's one follow-up owner, chosen among the organization's organizers. */
export function OwnerForm({
  action,
  agreementId,
  ownerId,
  version,
  organizers,
}: {
  action: FormAction;
  agreementId: string;
  ownerId: string;
  version: number;
  organizers: { id: string; name: string }[];
}) {
  const t = useTranslations("ledger");
  const form = useOrganizerForm(action, { agreementId, ownerId, version: String(version) });
  return (
    <form key={form.formKey} action={form.formAction} aria-label={t("owner.title")} className="flex flex-wrap items-end gap-3">
      <FormAlert form={form} savedMessage={t("saved")} />
      <input type="hidden" name="agreementId" value={agreementId} />
      <input type="hidden" name="version" value={String(version)} />
      <SelectField form={form} name="ownerId" label={t("owner.label")}>
        <option value="">{t("owner.none")}</option>
        {organizers.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <SubmitButton form={form} label={t("owner.save")} />
    </form>
  );
}
