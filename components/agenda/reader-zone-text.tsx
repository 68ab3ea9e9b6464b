"use client";

import { useSyncExternalStore } from "react";
import { browserZone } from "./reader-time";

const noSubscription = () => () => {};

export type ReaderZoneText = { current: string; detected: string; chosen: string; none: string };

/**
 * The island of reader-zone-note.tsx: the browser's zone is known only after hydration.
 * `text.current` holds "{zone}", replaced here.
 */
export function ReaderZoneNoteText({ chosen, text }: { chosen: string | null; text: ReaderZoneText }) {
  // null on the server and during hydration, the browser's zone after it.
  const detected = useSyncExternalStore(noSubscription, browserZone, () => null);
  const zone = chosen ?? detected;
  return (
    <p className="text-sm text-stone-700" role="status">
      {zone ? text.current.replace("{zone}", zone) : text.none}
      {zone && <span className="text-stone-600"> {chosen ? text.chosen : text.detected}</span>}
    </p>
  );
}
