/** 245 → { m: 4, s: 5 }; shown through the "videos.minutesSeconds" message. */
export function splitDuration(totalSec: number): { m: number; s: number } {
  return { m: Math.floor(totalSec / 60), s: totalSec % 60 };
}

/** "4:05" style, language-neutral, for tight table cells and totals. */
export function clockDuration(totalSec: number): string {
  const h = Math.floor(totalSec / 3600);
  const m = Math.floor((totalSec % 3600) / 60);
  const s = String(totalSec % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}
