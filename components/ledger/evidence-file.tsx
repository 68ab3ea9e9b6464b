"use client";

import { useTranslations } from "next-intl";
import { FileUploadForm } from "@/components/ui/file-upload-form";

type Props = { milestoneId: string; version: number; fileName: string | null; canWrite: boolean; maxMb: number; label: string };

/**
 * A milestone's evidence file: a download link for the organization's staff and, for those
 * who keep the follow-up, an upload that sends the file as the raw body to the evidence route.
 */
export function EvidenceFile({ milestoneId, version, fileName, canWrite, maxMb, label }: Props) {
  const t = useTranslations("ledger.evidence");
  const url = `/api/organizer/milestones/${encodeURIComponent(milestoneId)}/evidence`;

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
        <FileUploadForm
          texts={{
            label: t("choose", { milestone: label, mb: maxMb }),
            upload: t("upload"),
            uploading: t("uploading"),
            done: t("done"),
            network: t("network"),
          }}
          accept="application/pdf,image/jpeg,image/png,image/webp"
          url={(file) => `${url}?version=${version}&name=${encodeURIComponent(file.name)}`}
        />
      )}
    </div>
  );
}
