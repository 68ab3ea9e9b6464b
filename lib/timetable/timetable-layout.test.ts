import { describe, expect, it } from "vitest";
import { utcToLocal } from "@/lib/time/convert";
import { zoneOffsetLabel } from "@/lib/time/zones";
import { coversSlots, layoutTimetable, rowSpanOf, shiftTimes, SLOT_MS, SUBROWS } from "./timetable-layout.ts";
import { offsetLabel, timeRange, wallClock } from "./wall-clock.ts";

// 30-minute slots from 02:00Z to 10:00Z (10:00–18:00 in Jinan), then the next day's morning.
const at = (hhmm: string, day = "2020-07-30") => Date.parse(`${day}T${hhmm}:00Z`);
const slots: number[] = [];
for (let t = at("02:00"); t < at("10:00"); t += SLOT_MS) slots.push(t);
const nextDay: number[] = [];
for (let t = at("00:00", "2020-07-31"); t < at("02:00", "2020-07-31"); t += SLOT_MS) nextDay.push(t);
const twoDays = [...slots, ...nextDay];
const session = (id: string, start: string, end: string, venueIds = ["jinan"]) => ({ id, startMs: at(start), endMs: at(end), venueIds });

describe("row spans: duration is height", () => {
  it("a 90-minute session spans three 30-minute slots, starting at its own slot", () => {
    expect(rowSpanOf(slots, at("02:00"), at("03:30"))).toEqual({ row: 0, span: 3 * SUBROWS });
    expect(rowSpanOf(slots, at("03:00"), at("04:30"))).toEqual({ row: 2 * SUBROWS, span: 3 * SUBROWS });
  });

  it("times off the half hour start and end inside the slot, to 5 minutes", () => {
    // 11:20–12:00 Jinan: two thirds down the 11:00 slot, 40 minutes tall.
    expect(rowSpanOf(slots, at("03:20"), at("04:00"))).toEqual({ row: 2 * SUBROWS + 4, span: 8 });
    // A 2-minute item is still one sub-row tall; an end at :07 rounds up to :10.
    expect(rowSpanOf(slots, at("03:00"), at("03:02"))).toEqual({ row: 2 * SUBROWS, span: 1 });
    expect(rowSpanOf(slots, at("03:00"), Date.parse("2020-07-30T03:07:00Z"))).toEqual({ row: 2 * SUBROWS, span: 2 });
  });

  it("has no span for a session outside the rows or with its end not after its start", () => {
    expect(rowSpanOf(slots, at("01:00"), at("02:30"))).toBeNull();
    expect(rowSpanOf(slots, at("09:30"), at("10:30"))).toBeNull();
    expect(rowSpanOf(slots, at("03:00"), at("03:00"))).toBeNull();
    // Across the night gap between two event days: slots are missing in between.
    expect(coversSlots(twoDays, at("09:30"), at("00:30", "2020-07-31"))).toBe(false);
    expect(rowSpanOf(twoDays, at("00:30", "2020-07-31"), at("01:30", "2020-07-31"))).toEqual({
      row: (slots.length + 1) * SUBROWS,
      span: 12,
    });
  });
});

describe("lanes: parallel sessions side by side", () => {
  it("puts overlapping sessions of one venue in separate lanes and back-to-back ones in the same lane", () => {
    const [jinan] = layoutTimetable(
      slots,
      ["jinan"],
      [
        session("video", "03:00", "03:20"),
        session("signing", "03:20", "04:00"),
        session("city", "06:00", "07:00"),
        session("medical", "06:00", "07:30"),
        session("equipment", "06:00", "07:30"),
        session("qingdao", "07:15", "08:15"),
      ],
    );
    const lane = Object.fromEntries(jinan.placements.map((p) => [p.sessionId, [p.lane, p.laneSpan]]));
    expect(jinan.lanes).toBe(3);
    // The morning group has one lane, so each block fills the column.
    expect(lane.video).toEqual([0, 3]);
    expect(lane.signing).toEqual([0, 3]);
    // The afternoon: three at 14:00; Qingdao takes the lane the city seminar left at 15:00.
    expect(lane.equipment[0]).not.toBe(lane.medical[0]);
    expect(new Set([lane.city[0], lane.medical[0], lane.equipment[0]])).toEqual(new Set([0, 1, 2]));
    expect(lane.qingdao[0]).toBe(lane.city[0]);
  });

  it("stretches the last lane of a narrower group over the rest of the column", () => {
    const [v] = layoutTimetable(
      slots,
      ["jinan"],
      [
        session("a", "02:00", "03:00"),
        session("b", "02:00", "03:00"),
        session("c", "02:30", "03:00"),
        session("d", "05:00", "06:00"),
        session("e", "05:30", "06:30"),
      ],
    );
    const by = Object.fromEntries(v.placements.map((p) => [p.sessionId, p]));
    expect(v.lanes).toBe(3);
    expect([by.a.lane, by.a.laneSpan, by.b.lane, by.b.laneSpan, by.c.lane, by.c.laneSpan]).toEqual([0, 1, 1, 1, 2, 1]);
    expect([by.d.lane, by.d.laneSpan, by.e.lane, by.e.laneSpan]).toEqual([0, 1, 1, 2]);
  });

  it("places a relayed session in every venue it reaches and nowhere else", () => {
    const layout = layoutTimetable(slots, ["jinan", "tokyo", "online"], [session("plenary", "02:00", "03:00", ["jinan", "tokyo"])]);
    expect(layout.map((v) => v.placements.map((p) => p.sessionId))).toEqual([["plenary"], ["plenary"], []]);
    expect(layout.map((v) => v.lanes)).toEqual([1, 1, 1]);
  });
});

describe("free slots: rows inside a long session are not free", () => {
  it("marks every slot a session touches as taken, in its venues only", () => {
    const [jinan, tokyo] = layoutTimetable(
      slots,
      ["jinan", "tokyo"],
      [session("long", "02:00", "03:30"), session("short", "04:00", "04:10")],
    );
    expect(jinan.freeSlots.slice(0, 6)).toEqual([false, false, false, true, false, true]);
    expect(tokyo.freeSlots.every(Boolean)).toBe(true);
  });
});

describe("moving and resizing by the grid step", () => {
  const plenary = { startMs: at("02:00"), endMs: at("03:00") };
  it("moves by whole slots and changes only the end when resizing", () => {
    expect(shiftTimes(slots, plenary, { move: 1 })).toEqual({ startMs: at("02:30"), endMs: at("03:30") });
    expect(shiftTimes(slots, plenary, { resize: 1 })).toEqual({ startMs: at("02:00"), endMs: at("03:30") });
    expect(shiftTimes(slots, plenary, { resize: -1 })).toEqual({ startMs: at("02:00"), endMs: at("02:30") });
  });

  it("refuses to leave the rows or to end at the start", () => {
    expect(shiftTimes(slots, plenary, { move: -1 })).toBeNull();
    expect(shiftTimes(slots, plenary, { resize: -2 })).toBeNull();
    expect(shiftTimes(slots, { startMs: at("09:00"), endMs: at("10:00") }, { move: 1 })).toBeNull();
  });
});

describe("wall clock in the browser", () => {
  it("agrees with the server's luxon helpers, daylight saving and half-hour zones included", () => {
    const cases: [string, string][] = [
      ["2020-07-30T02:00:00Z", "Asia/Shanghai"],
      ["2020-07-30T02:00:00Z", "Asia/Tokyo"],
      ["2020-03-08T07:30:00Z", "America/New_York"],
      ["2020-11-01T05:30:00Z", "America/New_York"],
      ["2020-07-30T02:00:00Z", "Asia/Kolkata"],
      ["2020-07-30T02:00:00Z", "UTC"],
    ];
    for (const [iso, zone] of cases) {
      const ms = Date.parse(iso);
      expect([wallClock(ms, zone), offsetLabel(ms, zone)], `${iso} ${zone}`).toEqual([utcToLocal(ms, zone), zoneOffsetLabel(zone, ms)]);
    }
    expect(timeRange(at("02:00"), at("03:30"), "Asia/Tokyo")).toBe("11:00–12:30 UTC+9");
  });
});
