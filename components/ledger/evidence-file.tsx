"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/video-messages/field";

type Props = { milestoneId: string; version: number; fileName: string | null; canWrite: boolean; maxMb: number; label: string };

/**
 * A milestone's evidence file: a download link for the organization's staff and, for those
 * who keep the follow-up, an upload that sends the file as the raw body to the evidence route.
 */
export function EvidenceFile({ milestoneId, version, fileName, canWrite, maxMb, label }: Props) {
  const t = useTranslations("ledger.evidence");
  const router = useRouter();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const url = `/api/organizer/milestones/${encodeURIComponent(milestoneId)}/evidence`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = new FormData(form).get("file");
    if (!(file instanceof File) || file.size === 0) return;
    setBusy(true);
    try {
      const response = await fetch(`${url}?version=${version}&name=${encodeURIComponent(file.name)}`, {
        method: "POST",
        body: file,
        headers: { "Content-Type": "application/octet-stream" },
      });
      const result = (await response.json().catch(() => ({ ok: false, message: `HTTP ${response.status}` }))) as {
        ok: boolean;
        message?: string;
        fieldErrors?: Record<string, string[]>;
      };
      setOutcome({ ok: result.ok, message: result.ok ? t("done") : (result.fieldErrors?.file?.[0] ?? result.message ?? "") });
      if (result.ok) {
        form.reset();
        router.refresh();
      }
    } catch {
      setOutcome({ ok: false, message: t("network") });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="mt-3 space-y-2 border-t border-stone-100 pt-3 text-sm" data-evidence-file>
      <p>
        {t("title")}:{" "}
        {fileName ? (
          <a href={url} className="text-brand-700 underline" download>
            {fileName}
          </a>
        ) : (
          t("none")
        )}
      </p>
      {canWrite && (
        // No aria-label: the milestone's own form is found by its name ("Construction started"), and its input says which milestone.
        <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1 space-y-1">
            <label htmlFor={id} className="block text-sm font-semibold text-stone-800">
              {t("choose", { milestone: label, mb: maxMb })}
            </label>
            <input
              id={id}
              name="file"
              type="file"
              accept="application/pdf,image/jpeg,image/png,image/webp"
              required
              aria-invalid={outcome?.ok === false || undefined}
              className={controlClasses(outcome?.ok === false)}
            />
          </div>
          <Button type="submit" variant="secondary" disabled={busy}>
            {busy ? t("uploading") : t("upload")}
          </Button>
          <p aria-live="polite" className={outcome?.ok === false ? "basis-full text-red-700" : "basis-full text-emerald-800"}>
            {outcome?.message}
          </p>
        </form>
      )}
    </div>
  );
}
