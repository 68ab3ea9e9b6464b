"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, controlClasses } from "./field";

type Props = {
  videoMessageId: string;
  version: number;
  maxVideoMb: number;
  languages: { code: string; name: string }[];
  captions: { language: string; url: string }[];
};

type Outcome = { ok: boolean; message: string } | null;

/** Sends the chosen file as the raw request body to the upload route, which streams it to disk. */
async function send(
  url: string,
  file: File,
): Promise<{ ok: boolean; message: string; data?: { version: number }; fieldErrors?: Record<string, string[]> }> {
  const response = await fetch(url, { method: "POST", body: file, headers: { "Content-Type": "application/octet-stream" } });
  return response.json().catch(() => ({ ok: false, message: `HTTP ${response.status}` }));
}

type UploadFormProps = { label: string; accept: string; url: () => string; buttonLabel: string; onUploaded: (version: number) => void };

function UploadForm({ label, accept, url, buttonLabel, onUploaded }: UploadFormProps) {
  const t = useTranslations("videos.upload");
  const router = useRouter();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = new FormData(form).get("file");
    if (!(file instanceof File) || file.size === 0) return;
    setBusy(true);
    try {
      const result = await send(url(), file);
      setOutcome({ ok: result.ok, message: result.ok ? t("done") : (result.fieldErrors?.file?.[0] ?? result.message) });
      if (result.ok) {
        if (result.data) onUploaded(result.data.version);
        form.reset();
        router.refresh();
      }
    } catch {
      setOutcome({ ok: false, message: "Network error" });
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
      <div className="min-w-64 flex-1">
        <Field id={id} label={label}>
          <input id={id} name="file" type="file" accept={accept} required className={controlClasses(outcome?.ok === false)} />
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={busy}>
        {busy ? t("uploading") : buttonLabel}
      </Button>
      <p aria-live="polite" className={outcome?.ok === false ? "basis-full text-sm text-red-700" : "basis-full text-sm text-emerald-800"}>
        {outcome?.message}
      </p>
    </form>
  );
}

export function MediaUploads({ videoMessageId, version: pageVersion, maxVideoMb, languages, captions }: Props) {
  const t = useTranslations("videos.upload");
  // Each upload bumps the version; keep the newest we know of so a second upload right
  // after the first does not race the page refresh and hit a false conflict.
  const [uploadedVersion, setUploadedVersion] = useState(0);
  const version = Math.max(pageVersion, uploadedVersion);
  const onUploaded = (v: number) => setUploadedVersion((current) => Math.max(current, v));
  const base = `/api/organizer/video-messages/${encodeURIComponent(videoMessageId)}/upload?version=${version}`;
  return (
    <div className="space-y-8">
      <section className="space-y-2">
        <h2 className="text-lg font-semibold text-stone-900">{t("videoTitle")}</h2>
        <p className="text-sm text-stone-600">{t("videoHint", { mb: maxVideoMb })}</p>
        <UploadForm
          label={t("chooseVideo")}
          accept="video/mp4,video/webm,video/quicktime"
          url={() => `${base}&kind=video`}
          buttonLabel={t("upload")}
          onUploaded={onUploaded}
        />
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold text-stone-900">{t("captionsTitle")}</h2>
        <p className="text-sm text-stone-600">{t("captionsHint")}</p>
        {languages.map((lang) => {
          const present = captions.find((c) => c.language === lang.code);
          return (
            <div key={lang.code} className="space-y-1 rounded-lg border border-stone-200 p-3">
              <p className="text-sm">
                <span className="font-semibold">{lang.name}</span>:{" "}
                {present ? (
                  <a className="text-brand-700 underline" href={present.url} target="_blank" rel="noreferrer">
                    {t("present")}
                  </a>
                ) : (
                  t("missing")
                )}
              </p>
              <UploadForm
                label={t("chooseCaptions", { lang: lang.name })}
                accept=".vtt,text/vtt"
                url={() => `${base}&kind=captions&language=${lang.code}`}
                buttonLabel={t("upload")}
                onUploaded={onUploaded}
              />
            </div>
          );
        })}
      </section>
    </div>
  );
}
