import { describe, expect, it } from "vitest";
import table from "./zone-table.json";
import { findZone, searchZones, utcOffsetLabel, type ZoneRow } from "./zone-search.ts";

const rows = table as ZoneRow[];
const ids = (q: string, locale: "en" | "zh" | "ja" = "en") => searchZones(rows, q, locale).map((o) => o.id);
const summer = new Date("2020-07-30T02:00:00Z");

describe("time-zone search", () => {
  it.each([["Tokyo"], ["東京"], ["东京"], ["Japan"], ["日本"], ["tokyo"]])("%s finds Asia/Tokyo first", (q) => {
    expect(ids(q)[0]).toBe("Asia/Tokyo");
  });

  it.each([["济南"], ["Jinan"], ["済南"], ["上海"], ["Shanghai"]])("%s finds Asia/Shanghai", (q) => {
    expect(ids(q)).toContain("Asia/Shanghai");
  });

  it("finds by IANA name and country in any language, and lists nothing for an empty query", () => {
    expect(ids("Europe/Berlin")[0]).toBe("Europe/Berlin");
    expect(ids("Atlantis")).toEqual([]);
    expect(ids("  ")).toEqual([]);
    expect(ids("ドイツ", "ja")).toContain("Europe/Berlin");
    expect(ids("德国", "zh")).toContain("Europe/Berlin");
    expect(findZone(rows, "asia/tokyo")?.id).toBe("Asia/Tokyo");
    expect(findZone(rows, "Asia/Atlantis")).toBeUndefined();
  });

  it("shows city, country and UTC offset in the reader's language", () => {
    expect(searchZones(rows, "Tokyo", "en", 1, summer)[0]).toMatchObject({
      city: "Tokyo",
      country: "Japan",
      offset: "UTC+9",
      label: "Tokyo, Japan (UTC+9)",
    });
    expect(searchZones(rows, "東京", "ja", 1, summer)[0].label).toBe("東京，日本 (UTC+9)");
    expect(searchZones(rows, "Jinan", "zh", 1, summer)[0]).toMatchObject({ id: "Asia/Shanghai", offset: "UTC+8" });
    expect(utcOffsetLabel("America/St_Johns", summer)).toBe("UTC−2:30");
    expect(utcOffsetLabel("UTC", summer)).toBe("UTC");
  });

  it("covers every zone the runtime knows", () => {
    const known = new Set(rows.map((r) => r.id));
    expect(Intl.supportedValuesOf("timeZone").filter((z) => !known.has(z))).toEqual([]);
  });
});
