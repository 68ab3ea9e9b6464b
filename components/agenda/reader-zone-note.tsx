"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { browserZone } from "./reader-time-fill";

const noSubscription = () => () => {};

/**
 * Says which zone "Your time" really uses: the one chosen in the filters (?tz=), else the
 * browser's, detected after hydration (the same zone ReaderTimeFill uses). Without
 * JavaScript neither is known and the note says so.
 */
export function ReaderZoneNote({ chosen }: { chosen: string | null }) {
  const t = useTranslations("agenda.readerZone");
  // null on the server and during hydration, the browser's zone after it.
  const detected = useSyncExternalStore(noSubscription, browserZone, () => null);
  const zone = chosen ?? detected;
  return (
    <p className="text-sm text-stone-700" role="status">
      {zone ? t("current", { zone }) : t("none")}
      {zone && <span className="text-stone-600"> {chosen ? t("chosen") : t("detected")}</span>}
    </p>
  );
}
