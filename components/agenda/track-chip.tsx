import { trackHex } from "@/lib/tracks/track-colors";

/** A track's name on its colour (white text; every palette colour passes AA for it). */
export function TrackChip({ name, color, lang }: { name: string; color: string; lang?: string }) {
  return (
    <span
      lang={lang}
      className="inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium text-white"
      style={{ backgroundColor: trackHex(color) }}
    >
      {name}
    </span>
  );
}
