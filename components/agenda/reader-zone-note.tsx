"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { browserZone } from "./reader-time-fill";

/**
 * Says which zone "Your time" really uses: the one chosen in the filters (?tz=), else the
 * browser's, detected after hydration (the same zone ReaderTimeFill uses). Without
 * JavaScript neither is known and the note says so.
 */
export function ReaderZoneNote({ chosen }: { chosen: string | null }) {
  const t = useTranslations("agenda.readerZone");
  const [detected, setDetected] = useState<string | null>(null);
  useEffect(() => {
    if (!chosen) setDetected(browserZone());
  }, [chosen]);
  const zone = chosen ?? detected;
  return (
    <p className="text-sm text-stone-700" role="status">
      {zone ? t("current", { zone }) : t("none")}
      {zone && <span className="text-stone-600"> {chosen ? t("chosen") : t("detected")}</span>}
    </p>
  );
}
