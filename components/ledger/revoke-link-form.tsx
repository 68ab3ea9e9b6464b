"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/organizer/form-alert";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";
import { Button } from "@/components/ui/button";

export function RevokeLinkForm({ action, agreementId, id, label }: { action: FormAction; agreementId: string; id: string; label: string }) {
  const t = useTranslations("ledger.links");
  const form = useOrganizerForm(action, { agreementId, id });
  return (
    <form key={form.formKey} action={form.formAction} aria-label={label} className="inline-flex items-center gap-2">
      <FormAlert form={form} />
      <input type="hidden" name="agreementId" value={agreementId} />
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={form.pending}>
        {t("revoke")}
      </Button>
    </form>
  );
}
