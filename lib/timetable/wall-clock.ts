// Wall-clock times in a zone with the browser's own Intl (no time library in the client):
// the timetable recomputes them while a session is dragged. Same results as lib/time's
// utcToLocal and zoneOffsetLabel (a test compares them).

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsOf(ms: number, zone: string): Record<string, string> {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "longOffset",
    });
    formatters.set(zone, f);
  }
  return Object.fromEntries(f.formatToParts(ms).map((p) => [p.type, p.value]));
}

/** "2020-07-30T10:00": the wall-clock time in `zone`, as the session form's inputs take it. */
export function wallClock(ms: number, zone: string): string {
  const p = partsOf(ms, zone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** "UTC+8", "UTC+5:30", "UTC-4", "UTC+0": the offset in force at that instant. */
export function offsetLabel(ms: number, zone: string): string {
  const name = partsOf(ms, zone).timeZoneName ?? "GMT";
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!m) return "UTC+0";
  const mins = m[3] === "00" ? "" : `:${m[3]}`;
  return `UTC${m[1]}${Number(m[2])}${mins}`;
}

/** "10:00–11:30 UTC+8": a session's times in one zone, with the zone's offset at its start. */
export function timeRange(startMs: number, endMs: number, zone: string): string {
  return `${wallClock(startMs, zone).slice(11)}–${wallClock(endMs, zone).slice(11)} ${offsetLabel(startMs, zone)}`;
}
