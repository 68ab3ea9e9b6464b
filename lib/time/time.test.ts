import { IANAZone } from "luxon";
import { describe, expect, it, vi } from "vitest";
import {
  formatCalendarRange,
  formatInZone,
  isValidTimeZone,
  localToUtc,
  NonexistentLocalTimeError,
  utcToLocal,
  zoneOffsetLabel,
} from "./index.ts";

const JINAN = "Asia/Shanghai";
const TOKYO = "Asia/Tokyo";
const NEW_YORK = "America/New_York";

describe("time zones", () => {
  it("knows IANA zones and rejects abbreviations and junk", () => {
    expect(isValidTimeZone(TOKYO)).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("JST")).toBe(false);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(isValidTimeZone(undefined)).toBe(false);
  });

  it("asks the runtime about a known zone once, and about an unknown name every time", () => {
    const ask = vi.spyOn(IANAZone, "isValidZone");
    try {
      for (let i = 0; i < 3; i++) expect(isValidTimeZone("Asia/Kathmandu")).toBe(true);
      expect(ask.mock.calls.filter(([z]) => z === "Asia/Kathmandu")).toHaveLength(1);
      for (let i = 0; i < 2; i++) expect(isValidTimeZone("Mars/Base")).toBe(false);
      expect(ask.mock.calls.filter(([z]) => z === "Mars/Base")).toHaveLength(2);
    } finally {
      ask.mockRestore();
    }
  });

  it("labels offsets at the given instant", () => {
    const day = new Date("2020-07-30T02:00:00Z");
    expect(zoneOffsetLabel(JINAN, day)).toBe("UTC+8");
    expect(zoneOffsetLabel(TOKYO, day)).toBe("UTC+9");
    expect(zoneOffsetLabel(NEW_YORK, day)).toBe("UTC-4");
    expect(zoneOffsetLabel(NEW_YORK, new Date("2020-01-15T12:00:00Z"))).toBe("UTC-5");
    expect(zoneOffsetLabel("Asia/Kolkata", day)).toBe("UTC+5:30");
    expect(zoneOffsetLabel("UTC", day)).toBe("UTC+0");
    expect(() => zoneOffsetLabel("JST", day)).toThrow(/Unknown time zone/);
  });
});

describe("Jinan and Tokyo on 30 July 2020", () => {
  it("Jinan 10:00 is Tokyo 11:00", () => {
    const { utc, ambiguous } = localToUtc("2020-07-30T10:00", JINAN);
    expect(utc.toISOString()).toBe("2020-07-30T02:00:00.000Z");
    expect(ambiguous).toBe(false);
    expect(utcToLocal(utc, TOKYO)).toBe("2020-07-30T11:00");
    expect(utcToLocal(utc, JINAN)).toBe("2020-07-30T10:00");
  });

  it("always shows the zone when formatting", () => {
    const opening = new Date("2020-07-30T02:00:00Z");
    expect(formatInZone(opening, JINAN, "en", "time", { place: "Jinan" })).toBe("10:00 UTC+8 · Jinan");
    expect(formatInZone(opening, TOKYO, "en", "time", { place: "Tokyo" })).toBe("11:00 UTC+9 · Tokyo");
    expect(formatInZone(opening, TOKYO, "ja", "time")).toBe("11:00 UTC+9");
    expect(formatInZone(opening, JINAN, "zh", "dateTime")).toMatch(/2020.*7.*30.*10:00 UTC\+8$/);
    expect(formatInZone(opening, JINAN, "en", "date")).toMatch(/Jul.*30.*2020 UTC\+8$/);
  });
});

describe("New York daylight saving", () => {
  it("rejects a wall time inside the spring-forward gap", () => {
    // 8 March 2020: clocks jump from 02:00 to 03:00.
    expect(() => localToUtc("2020-03-08T02:30", NEW_YORK)).toThrow(NonexistentLocalTimeError);
    expect(() => localToUtc("2020-03-08T02:30", NEW_YORK)).toThrow(/does not exist in America\/New_York/);
    expect(localToUtc("2020-03-08T01:59", NEW_YORK).utc.toISOString()).toBe("2020-03-08T06:59:00.000Z");
    expect(localToUtc("2020-03-08T03:00", NEW_YORK).utc.toISOString()).toBe("2020-03-08T07:00:00.000Z");
  });

  it("picks the earlier instant for a fall-back wall time and says so", () => {
    // 1 November 2020: 01:00–01:59 happens twice (EDT, then EST).
    const result = localToUtc("2020-11-01T01:30", NEW_YORK);
    expect(result.utc.toISOString()).toBe("2020-11-01T05:30:00.000Z");
    expect(result.ambiguous).toBe(true);
    expect(result.offsetLabel).toBe("UTC-4");
    expect(result.note).toMatch(/occurs twice/);
    expect(localToUtc("2020-11-01T02:30", NEW_YORK)).toMatchObject({ ambiguous: false, offsetLabel: "UTC-5" });
  });

  it("rejects malformed input", () => {
    expect(() => localToUtc("2020-07-30 10:00", JINAN)).toThrow(RangeError);
    expect(() => localToUtc("2020-02-30T10:00", JINAN)).toThrow(RangeError);
    expect(() => localToUtc("2020-07-30T10:00", "Nowhere")).toThrow(/Unknown time zone/);
  });
});

describe("calendar dates", () => {
  it("formats single days and ranges in the reader's language", () => {
    expect(formatCalendarRange("2020-07-30", "2020-07-30", "en")).toBe("July 30, 2020");
    expect(formatCalendarRange("2020-07-30", "2020-07-31", "en")).toMatch(/July 30\s*–\s*31, 2020/);
    expect(formatCalendarRange("2020-07-30", "2020-07-30", "zh")).toBe("2020年7月30日");
    expect(formatCalendarRange("2020-07-30", "2020-07-30", "ja")).toBe("2020年7月30日");
    expect(formatCalendarRange("2021-05-10", "2021-05-11", "ja")).toBe("2021年5月10日～11日");
    expect(formatCalendarRange("2021-05-31", "2021-06-01", "zh")).toBe("2021年5月31日–6月1日");
    expect(formatCalendarRange("2021-12-31", "2022-01-01", "zh")).toBe("2021年12月31日–2022年1月1日");
  });
});

describe("formatInZoneParts", () => {
  it("splits the wall clock from the offset", async () => {
    const { formatInZoneParts } = await import("./format.ts");
    expect(formatInZoneParts(new Date("2020-07-30T02:00:00Z"), "Asia/Tokyo", "ja", "time")).toEqual({ wall: "11:00", offset: "UTC+9" });
  });
});
