import { describe, expect, it } from "vitest";
import { pickDays, withDay } from "./day-pages.ts";

const day = (date: string, n: number) => ({
  date,
  sessions: Array.from({ length: n }, (_, i) => ({ startsAt: `${date}T0${i % 9}:00:00Z` })),
});
const long = [day("2021-05-10", 60), day("2021-05-11", 60), day("2021-05-12", 60)];

describe("long agendas a day at a time", () => {
  it("shows a short programme whole", () => {
    const short = [day("2020-07-30", 9)];
    expect(pickDays(short, 9, undefined)).toEqual({ shown: short, paged: false, current: "all" });
    expect(pickDays([day("a", 40), day("b", 30)], 70, undefined).paged).toBe(true);
    expect(pickDays([day("a", 100)], 100, undefined).paged).toBe(false);
  });

  it("opens a long one on its first day, or the day asked for, or all days", () => {
    expect(pickDays(long, 180, undefined)).toMatchObject({ shown: [long[0]], paged: true, current: "2021-05-10" });
    expect(pickDays(long, 180, "2021-05-12")).toMatchObject({ shown: [long[2]], current: "2021-05-12" });
    expect(pickDays(long, 180, "1999-01-01")).toMatchObject({ shown: [long[0]], current: "2021-05-10" });
    expect(pickDays(long, 180, ["2021-05-12"])).toMatchObject({ shown: [long[0]] });
    expect(pickDays(long, 180, "all")).toMatchObject({ shown: long, current: "all" });
  });

  it("keeps the filters in day links", () => {
    expect(withDay("?tz=Asia%2FTokyo&venue=x", "2021-05-11")).toBe("?tz=Asia%2FTokyo&venue=x&day=2021-05-11");
    expect(withDay("", "all")).toBe("?day=all");
    expect(withDay("?day=2021-05-10", "2021-05-11")).toBe("?day=2021-05-11");
  });
});
