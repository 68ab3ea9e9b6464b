"use client";

import { useEffect } from "react";
import { browserZone, fill } from "./reader-time";

/** Runs the fill after hydration and again when the page's language changes (locale is a prop). */
export function ReaderTimeFillEffect({ locale }: { locale: string }) {
  useEffect(() => {
    const zone = browserZone();
    if (!zone) return;
    document.querySelectorAll<HTMLElement>("[data-reader-time]").forEach((slot) => fill(slot, zone));
  }, [locale]);
  return null;
}
