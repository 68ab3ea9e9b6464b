import { afterEach, describe, expect, it } from "vitest";
import { formatOffset } from "@/lib/time/zones";
import { clockTime } from "@/lib/time/local-clock";
import { browserZone, hereParts, type LocalParts } from "./reader-time";

// The Intl reading of an instant in any zone: what hereParts must agree with.
/** "GMT+09:00" → "UTC+9", "GMT-03:30" → "UTC-3:30", "GMT" → "UTC+0" (as lib/time/zones formatOffset). */
function utcLabel(gmt: string): string {
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(gmt);
  if (!m || !m[1]) return "UTC+0";
  const minutes = Number(m[3]);
  return `UTC${m[1]}${Number(m[2])}${minutes ? `:${m[3]}` : ""}`;
}

function localParts(iso: string, zone: string): LocalParts {
  const format = new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "longOffset",
  });
  const p = Object.fromEntries(format.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, offset: utcLabel(p.timeZoneName ?? "GMT") };
}

// The browser's "Your time" must read exactly like the server's lines (lib/time/zones).
describe("reader time in the browser", () => {
  it("labels offsets as the server does", () => {
    expect(utcLabel("GMT+09:00")).toBe(formatOffset(540));
    expect(utcLabel("GMT-03:30")).toBe(formatOffset(-210));
    expect(utcLabel("GMT+05:45")).toBe(formatOffset(345));
    expect(utcLabel("GMT")).toBe(formatOffset(0));
  });

  it("gives local date, 24-hour time and the offset in force at that instant", () => {
    // The demo plenary: 10:00 in Jinan = 02:00 UTC on 30 July 2020.
    expect(localParts("2020-07-30T02:00:00.000Z", "Europe/Berlin")).toEqual({ date: "2020-07-30", time: "04:00", offset: "UTC+2" });
    expect(localParts("2020-07-30T02:00:00.000Z", "America/Los_Angeles")).toEqual({ date: "2020-07-29", time: "19:00", offset: "UTC-7" });
    expect(localParts("2020-12-30T02:00:00.000Z", "Europe/Berlin").offset).toBe("UTC+1");
    expect(localParts("2020-07-30T16:00:00.000Z", "Asia/Tokyo")).toEqual({ date: "2020-07-31", time: "01:00", offset: "UTC+9" });
  });

  describe("in the browser's own zone, without Intl", () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });

    it("labels minutes east of UTC as the server does", () => {
      const labels = [540, -210, 345, 0, -420, 330, 60, -60, 780].map(formatOffset);
      expect(labels).toEqual(["UTC+9", "UTC-3:30", "UTC+5:45", "UTC+0", "UTC-7", "UTC+5:30", "UTC+1", "UTC-1", "UTC+13"]);
    });

    it("reads every instant exactly as localParts does in that zone, across days and daylight saving", () => {
      const instants = [
        "2020-07-30T02:00:00.000Z",
        "2020-07-30T16:00:00.000Z",
        "2020-12-30T02:00:00.000Z",
        "2026-03-29T00:59:00.000Z",
        "2026-03-29T01:00:00.000Z",
        "2026-11-01T06:30:00.000Z",
      ];
      for (const zone of [
        "Europe/Berlin",
        "America/Los_Angeles",
        "Asia/Tokyo",
        "Asia/Kolkata",
        "Asia/Kathmandu",
        "America/St_Johns",
        "UTC",
      ]) {
        process.env.TZ = zone; // Node reads the process's zone again when TZ changes
        for (const iso of instants) expect(hereParts(iso), `${iso} in ${zone}`).toEqual(localParts(iso, zone));
      }
    });

    it("says a clock time with seconds and offset, in the machine's zone", () => {
      process.env.TZ = "Asia/Shanghai";
      expect(clockTime("2020-07-30T06:03:09.000Z")).toBe("14:03:09 UTC+8");
      process.env.TZ = "America/St_Johns";
      expect(clockTime("2020-12-30T02:00:00.000Z")).toBe("22:30:00 UTC-3:30");
    });

    it("names the browser's zone (Temporal where there is one, else Intl)", () => {
      process.env.TZ = "Asia/Tokyo";
      expect(browserZone()).toBe("Asia/Tokyo");
    });
  });
});
