import "server-only";

// One HTTP byte range ("bytes=0-499", "bytes=500-", "bytes=-500"), as browsers send for
// <video> seeking. Multiple ranges are not served (we answer with the whole file instead).
export type ByteRange = { start: number; end: number };

/** The inclusive range, "unsatisfiable" when it lies outside the file, or null to send it all. */
export function parseRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) return null;
  if (m[1] === "") {
    const suffix = Number(m[2]);
    if (suffix === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) return "unsatisfiable";
  return { start, end };
}
