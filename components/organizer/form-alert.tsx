"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { OrganizerForm } from "./use-organizer-form";

// Errors about the record as a whole rather than one input.
const FORM_LEVEL_KEYS = ["_form", "action", "venueId", "sessionId", "eventId", "personId", "version", "organizationId"];

/**
 * The outcome of the last save: field problems, the "changed by someone else" conflict
 * with a Reload button, warnings with "Save anyway" (a submit button that adds
 * acceptWarnings=on), or a saved note.
 */
export function FormAlert({ form, savedMessage }: { form: OrganizerForm; savedMessage?: string }) {
  const t = useTranslations("organizer.form");
  const result = form.state?.result;
  if (!result) return null;
  if (result.ok) {
    return savedMessage ? (
      <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
        {savedMessage}
      </p>
    ) : null;
  }
  if (result.code === "conflict") {
    return (
      <div role="alert" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
        <p className="font-semibold">{t("conflictTitle")}</p>
        <p>{result.message}</p>
        <Button variant="secondary" onClick={() => window.location.reload()}>
          {t("reload")}
        </Button>
      </div>
    );
  }
  if (result.code === "warnings") {
    return (
      <div role="alert" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
        <p className="font-semibold">{t("warningsTitle")}</p>
        <ul className="list-disc space-y-1 pl-5">
          {result.warnings.map((w, i) => (
            <li key={i}>{w.message}</li>
          ))}
        </ul>
        <Button type="submit" name="acceptWarnings" value="on" variant="secondary" disabled={form.pending}>
          {t("saveAnyway")}
        </Button>
      </div>
    );
  }
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800">
      {result.code === "invalid" ? t("fixFields") : result.message}
      {result.code === "invalid" &&
        FORM_LEVEL_KEYS.flatMap((k) => result.fieldErrors[k] ?? []).map((m) => (
          <span key={m} className="block">
            {m}
          </span>
        ))}
    </div>
  );
}

export function SubmitButton({ form, label }: { form: OrganizerForm; label: string }) {
  const t = useTranslations("organizer.form");
  return (
    <Button type="submit" disabled={form.pending} aria-disabled={form.pending}>
      {form.pending ? t("saving") : label}
    </Button>
  );
}
