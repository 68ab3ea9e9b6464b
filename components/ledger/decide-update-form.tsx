"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/organizer/form-alert";
import { useOrganizerForm, type FormAction } from "@/components/organizer/use-organizer-form";
import { Button } from "@/components/ui/button";

/** Confirm or reject one reported milestone; only a confirmed one counts. */
export function DecideUpdateForm({ action, id, version, label }: { action: FormAction; id: string; version: number; label: string }) {
  const t = useTranslations("ledger.links");
  const form = useOrganizerForm(action, { id, version: String(version) });
  return (
    <form key={form.formKey} action={form.formAction} aria-label={label} className="flex flex-wrap items-center gap-2">
      <FormAlert form={form} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={String(version)} />
      <Button type="submit" name="decision" value="CONFIRMED" disabled={form.pending}>
        {t("confirm")}
      </Button>
      <Button type="submit" name="decision" value="REJECTED" variant="secondary" disabled={form.pending}>
        {t("reject")}
      </Button>
    </form>
  );
}
