import { describe, expect, it } from "vitest";
import { formatOffset } from "@/lib/time/zones";
import { localParts, utcLabel } from "./reader-time";

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
});
