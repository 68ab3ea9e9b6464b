// Times in the zone of the machine running the code (the reader's browser, or the server for
// the first render), read from Date's local fields. No Intl on purpose: the first
// Intl.DateTimeFormat of a page starts ICU's formatting data, 17–60 ms on a desktop here and
// about four times that on a phone, all of it blocking a public page while it starts up.

const two = (n: number) => String(n).padStart(2, "0");

/** Minutes east of UTC → "UTC+9", "UTC-3:30", "UTC+0": how Accord labels every time (lib/time/zones.ts). */
export function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `UTC${minutes < 0 ? "-" : "+"}${Math.floor(abs / 60)}${rest ? `:${two(rest)}` : ""}`;
}

/** The instant's local date ("2020-07-30"), 24-hour time ("04:00") and offset ("UTC+2"). */
export function localClock(iso: string): { date: string; time: string; seconds: string; offset: string } {
  const d = new Date(iso);
  return {
    date: `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`,
    time: `${two(d.getHours())}:${two(d.getMinutes())}`,
    seconds: two(d.getSeconds()),
    offset: formatOffset(-d.getTimezoneOffset()),
  };
}

/** "14:03:09 UTC+8": a clock time with seconds and its offset, as the tally board says when it was updated. */
export function clockTime(iso: string): string {
  const c = localClock(iso);
  return `${c.time}:${c.seconds} ${c.offset}`;
}
