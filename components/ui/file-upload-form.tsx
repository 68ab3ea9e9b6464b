"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field, controlClasses } from "@/components/video-messages/field";

type UploadResult = { ok: boolean; message?: string; data?: { version?: number }; fieldErrors?: Record<string, string[]> };

/** The words of one upload form, in the reader's language. */
export type FileUploadTexts = { label: ReactNode; upload: string; uploading: string; done: string; network: string };

type Props = {
  texts: FileUploadTexts;
  accept: string;
  /** Where to send the chosen file (given the file, for routes that take its name). */
  url: (file: File) => string;
  /** Called with the record's new version after an upload that returns one. */
  onUploaded?: (version: number) => void;
};

/**
 * One file picker and its button: sends the chosen file as the raw request body to an upload
 * route (which streams it to disk and checks type and size), says how it went, then refreshes
 * the page so it shows the new file.
 */
export function FileUploadForm({ texts, accept, url, onUploaded }: Props) {
  const router = useRouter();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = new FormData(form).get("file");
    if (!(file instanceof File) || file.size === 0) return;
    setBusy(true);
    try {
      const response = await fetch(url(file), {
        method: "POST",
        body: file,
        headers: { "Content-Type": "application/octet-stream" },
      });
      const result = (await response.json().catch(() => ({ ok: false, message: `HTTP ${response.status}` }))) as UploadResult;
      setOutcome({ ok: result.ok, message: result.ok ? texts.done : (result.fieldErrors?.file?.[0] ?? result.message ?? "") });
      if (result.ok) {
        if (typeof result.data?.version === "number") onUploaded?.(result.data.version);
        form.reset();
        router.refresh();
      }
    } catch {
      setOutcome({ ok: false, message: texts.network });
    } finally {
      setBusy(false);
    }
  }

  const invalid = outcome?.ok === false;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
      <div className="min-w-64 flex-1">
        <Field id={id} label={texts.label}>
          <input
            id={id}
            name="file"
            type="file"
            accept={accept}
            required
            aria-invalid={invalid || undefined}
            className={controlClasses(invalid)}
          />
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={busy}>
        {busy ? texts.uploading : texts.upload}
      </Button>
      <p aria-live="polite" className={invalid ? "basis-full text-sm text-red-700" : "basis-full text-sm text-emerald-800"}>
        {outcome?.message}
      </p>
    </form>
  );
}
