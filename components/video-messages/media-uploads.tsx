"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FileUploadForm } from "@/components/ui/file-upload-form";

type Props = {
  videoMessageId: string;
  version: number;
  maxVideoMb: number;
  languages: { code: string; name: string }[];
  captions: { language: string; url: string }[];
};

export function MediaUploads({ videoMessageId, version: pageVersion, maxVideoMb, languages, captions }: Props) {
  const t = useTranslations("videos.upload");
  // Each upload bumps the version; keep the newest we know of so a second upload right
  // after the first does not race the page refresh and hit a false conflict.
  const [uploadedVersion, setUploadedVersion] = useState(0);
  const version = Math.max(pageVersion, uploadedVersion);
  const onUploaded = (v: number) => setUploadedVersion((current) => Math.max(current, v));
  const base = `/api/organizer/video-messages/${encodeURIComponent(videoMessageId)}/upload?version=${version}`;
  const texts = (label: string) => ({ label, upload: t("upload"), uploading: t("uploading"), done: t("done"), network: t("network") });
  return (
    <div className="space-y-8">
      <section className="space-y-2">
        <h2 className="text-lg font-semibold text-stone-900">{t("videoTitle")}</h2>
        <p className="text-sm text-stone-600">{t("videoHint", { mb: maxVideoMb })}</p>
        <FileUploadForm
          texts={texts(t("chooseVideo"))}
          accept="video/mp4,video/webm,video/quicktime"
          url={() => `${base}&kind=video`}
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
              <FileUploadForm
                texts={texts(t("chooseCaptions", { lang: lang.name }))}
                accept=".vtt,text/vtt"
                url={() => `${base}&kind=captions&language=${lang.code}`}
                onUploaded={onUploaded}
              />
            </div>
          );
        })}
      </section>
    </div>
  );
}
