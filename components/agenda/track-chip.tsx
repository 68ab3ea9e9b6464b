import { trackHex } from "@/lib/tracks/track-colors";

/** A track's name on its colour (white text; every palette colour passes AA for it); .track-chip in globals.css. */
export function TrackChip({ name, color, lang }: { name: string; color: string; lang?: string }) {
  return (
    <span lang={lang} className="track-chip" style={{ backgroundColor: trackHex(color) }}>
      {name}
    </span>
  );
}
