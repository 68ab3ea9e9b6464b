"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// The device camera as a QR reader: the browser's BarcodeDetector where it exists (Chrome on
// Android, Safari 17+), else jsQR on canvas frames, loaded only when the camera is switched on.

type Detect = (video: HTMLVideoElement, canvas: HTMLCanvasElement) => Promise<string | null>;

type BarcodeDetectorLike = { detect: (source: CanvasImageSource) => Promise<{ rawValue: string }[]> };
type BarcodeDetectorCtor = (new (options: { formats: string[] }) => BarcodeDetectorLike) & {
  getSupportedFormats?: () => Promise<string[]>;
};

async function makeDetector(): Promise<Detect> {
  const Native = (globalThis as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector;
  // Some browsers define the API but read no QR codes (desktop Linux): then jsQR.
  const readsQr = Native
    ? await Native.getSupportedFormats?.().then(
        (f) => f.includes("qr_code"),
        () => false,
      )
    : false;
  if (Native && readsQr) {
    const detector = new Native({ formats: ["qr_code"] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const { default: jsQR } = await import("jsqr");
  return async (video, canvas) => {
    const { videoWidth: w, videoHeight: h } = video;
    if (!w || !h) return null;
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext("2d", { willReadFrequently: true });
    if (!ctx) return null;
    ctx.drawImage(video, 0, 0, w, h);
    return jsQR(ctx.getImageData(0, 0, w, h).data, w, h)?.data ?? null;
  };
}

/** Calls onCode with each decoded text; the same text again only after 10 s, so one badge held up is one scan. */
export function CameraScanner({ onCode }: { onCode: (text: string) => void }) {
  const t = useTranslations("checkin.scan");
  const [on, setOn] = useState(false);
  const [unavailable, setUnavailable] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  });

  useEffect(() => {
    if (!on) return;
    let stopped = false;
    let stream: MediaStream | null = null;
    let last = { text: "", at: 0 };
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
        if (stopped || !video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        const detect = await makeDetector();
        while (!stopped) {
          const text = video.current && canvas.current ? await detect(video.current, canvas.current).catch(() => null) : null;
          if (text && (text !== last.text || Date.now() - last.at > 10_000)) {
            last = { text, at: Date.now() };
            onCodeRef.current(text);
          }
          await new Promise((r) => setTimeout(r, 150));
        }
      } catch {
        if (!stopped) {
          setUnavailable(true);
          setOn(false);
        }
      }
    })();
    return () => {
      stopped = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [on]);

  return (
    <div className="space-y-2">
      {/* The steward's main control: wide and tall enough for a thumb. */}
      <Button
        variant={on ? "secondary" : "primary"}
        onClick={() => setOn((v) => !v)}
        aria-pressed={on}
        className="min-h-14 w-full text-base sm:w-auto"
      >
        {on ? t("stopCamera") : t("camera")}
      </Button>
      {unavailable && <p className="text-sm text-stone-700">{t("cameraUnavailable")}</p>}
      <video ref={video} hidden={!on} muted playsInline aria-label={t("cameraLabel")} className="w-full max-w-sm rounded-lg bg-stone-900" />
      <canvas ref={canvas} hidden />
    </div>
  );
}
