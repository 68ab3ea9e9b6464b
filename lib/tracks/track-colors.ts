// The colours a track may have. Each is dark enough for white text on it (contrast at
// least 4.5:1, WCAG AA) and for a swatch against white (at least 3:1), and they stay
// distinguishable for the common colour-vision deficiencies when paired with the name,
// which is always shown: colour is never the only cue.
export const TRACK_COLORS = {
  indigo: "#4338ca",
  teal: "#0f766e",
  amber: "#b45309",
  rose: "#be123c",
  violet: "#6d28d9",
  sky: "#0369a1",
  lime: "#4d7c0f",
  slate: "#475569",
} as const;

export type TrackColor = keyof typeof TRACK_COLORS;
export const TRACK_COLOR_NAMES = Object.keys(TRACK_COLORS) as TrackColor[];

export function isTrackColor(value: unknown): value is TrackColor {
  return typeof value === "string" && Object.hasOwn(TRACK_COLORS, value);
}

/** The hex of a stored colour name; an unknown one (edited by hand) shows as slate. */
export function trackHex(color: string): string {
  return isTrackColor(color) ? TRACK_COLORS[color] : TRACK_COLORS.slate;
}

/** The palette colour for the nth track of an event, so new tracks differ from the last ones. */
export function nextTrackColor(existing: number): TrackColor {
  return TRACK_COLOR_NAMES[existing % TRACK_COLOR_NAMES.length];
}
