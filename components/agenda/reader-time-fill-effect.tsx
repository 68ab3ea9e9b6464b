"use client";

import { useEffect } from "react";
import { browserZone, fill, READER_TIME_MODEL } from "./reader-time";

/** Runs the fill after hydration and again when the page's language changes (locale is a prop), in the browser's own zone. */
export function ReaderTimeFillEffect({ locale }: { locale: string }) {
  useEffect(() => {
    const zone = browserZone();
    const model = document.getElementById(READER_TIME_MODEL);
    if (!zone || !model) return;
    document.querySelectorAll<HTMLElement>("[data-reader-time]").forEach((slot) => fill(slot, zone, model));
  }, [locale]);
  return null;
}
