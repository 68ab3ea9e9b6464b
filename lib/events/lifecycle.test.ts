import { describe, expect, it } from "vitest";
import { effectiveEventStatus, eventEndsAt, splitByLifecycle } from "./lifecycle";

describe("event lifecycle", () => {
  const zones = ["Asia/Shanghai", "Asia/Tokyo"];
  it("ends when the last day is over in the last venue's zone", () => {
    // 30 July 2020 ends at 24:00 in Jinan (UTC+8) = 16:00 UTC, after Tokyo's (15:00 UTC).
    expect(eventEndsAt(new Date("2020-07-30T00:00:00Z"), zones).toISOString()).toBe("2020-07-30T16:00:00.000Z");
    expect(eventEndsAt("2020-07-30", ["America/Los_Angeles", "Asia/Tokyo"]).toISOString()).toBe("2020-07-31T07:00:00.000Z");
    expect(eventEndsAt("2020-07-30", []).toISOString()).toBe("2020-07-31T00:00:00.000Z");
  });

  it("reads published and live events as concluded after their last day, not before", () => {
    const end = new Date("2020-07-30T00:00:00Z");
    expect(effectiveEventStatus("PUBLISHED", end, zones, new Date("2020-07-30T15:59:59Z"))).toBe("PUBLISHED");
    expect(effectiveEventStatus("LIVE", end, zones, new Date("2020-07-30T16:00:00Z"))).toBe("CONCLUDED");
    expect(effectiveEventStatus("PUBLISHED", end, zones, new Date("2026-12-01T00:00:00Z"))).toBe("CONCLUDED");
    expect(effectiveEventStatus("DRAFT", end, zones, new Date("2026-12-01T00:00:00Z"))).toBe("DRAFT");
    expect(effectiveEventStatus("ARCHIVED", end, zones, new Date("2026-12-01T00:00:00Z"))).toBe("ARCHIVED");
  });

  it("tells upcoming from past events", () => {
    const { current, past } = splitByLifecycle([
      { slug: "old", status: "CONCLUDED", startDate: "2020-07-30" },
      { slug: "later", status: "PUBLISHED", startDate: "2027-05-01" },
      { slug: "soon", status: "LIVE", startDate: "2026-12-01" },
      { slug: "older", status: "CONCLUDED", startDate: "2019-01-01" },
    ]);
    expect(current.map((e) => e.slug)).toEqual(["soon", "later"]);
    expect(past.map((e) => e.slug)).toEqual(["old", "older"]);
  });
});
