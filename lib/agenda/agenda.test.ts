import { describe, expect, it } from "vitest";
import { applyAgendaFilters, filtersToSearch, parseAgendaFilters } from "./filters.ts";
import { groupSessionsByDay } from "./group-by-day.ts";
import { describeSessionTimes } from "./session-times.ts";
import type { AgendaSession, AgendaVenue } from "./types.ts";

const venue = (id: string, timeZone: string, kind: AgendaVenue["kind"] = "PHYSICAL"): AgendaVenue => ({
  id,
  kind,
  name: { en: id },
  city: { en: id },
  country: null,
  timeZone,
  capacity: null,
});
const VENUES = [
  venue("jinan", "Asia/Shanghai"),
  venue("tokyo", "Asia/Tokyo"),
  venue("osaka", "Asia/Tokyo"),
  venue("online", "Asia/Shanghai", "ONLINE"),
];

let n = 0;
function session(startsAt: string, endsAt: string, extra: Partial<AgendaSession> = {}): AgendaSession {
  n += 1;
  return {
    id: `s${n}`,
    type: "PLENARY",
    title: { en: `S${n}` },
    abstract: {},
    startsAt,
    endsAt,
    hostVenueId: "jinan",
    relayVenueIds: [],
    trackId: null,
    language: "zh",
    interpretation: [],
    people: [],
    ...extra,
  };
}

describe("groupSessionsByDay", () => {
  it("keeps a session that crosses midnight in Tokyo under the Jinan day, once", () => {
    // 23:30 in Jinan (UTC+8) is 00:30 the next day in Tokyo (UTC+9).
    const late = session("2020-07-30T15:30:00Z", "2020-07-30T16:30:00Z", { hostVenueId: "tokyo" });
    const opening = session("2020-07-30T02:00:00Z", "2020-07-30T03:00:00Z");
    const nextMorning = session("2020-07-31T01:00:00Z", "2020-07-31T02:00:00Z");
    const days = groupSessionsByDay([nextMorning, late, opening], "Asia/Shanghai");
    expect(days.map((d) => d.date)).toEqual(["2020-07-30", "2020-07-31"]);
    expect(days[0].sessions.map((s) => s.id)).toEqual([opening.id, late.id]);
    expect(days.flatMap((d) => d.sessions)).toHaveLength(3);
    // The same sessions grouped on Tokyo's clock would move the late one; we never mix zones.
    expect(groupSessionsByDay([late], "Asia/Tokyo")[0].date).toBe("2020-07-31");
  });

  it("groups by local date across a DST change (New York, 1 Nov 2020)", () => {
    const beforeMidnightEdt = session("2020-11-01T03:30:00Z", "2020-11-01T04:00:00Z"); // 23:30 EDT 31 Oct
    const afterFallBack = session("2020-11-02T04:30:00Z", "2020-11-02T05:00:00Z"); // 23:30 EST 1 Nov
    const days = groupSessionsByDay([afterFallBack, beforeMidnightEdt], "America/New_York");
    expect(days.map((d) => [d.date, d.sessions.length])).toEqual([
      ["2020-10-31", 1],
      ["2020-11-01", 1],
    ]);
  });
});

describe("describeSessionTimes", () => {
  const opening = session("2020-07-30T02:00:00Z", "2020-07-30T03:00:00Z");

  it("shows the host venue first, then other zones once per zone", () => {
    const t = describeSessionTimes(opening, VENUES, "2020-07-30", null);
    expect(t.host).toMatchObject({ zone: "Asia/Shanghai", start: "10:00", end: "11:00", offset: "UTC+8", dayShift: 0 });
    expect(t.others).toEqual([
      expect.objectContaining({ zone: "Asia/Tokyo", venueIds: ["tokyo", "osaka"], start: "11:00", offset: "UTC+9" }),
    ]);
    expect(t.reader).toBeNull();
  });

  it("adds the reader's zone only when its clock differs from the host's", () => {
    expect(describeSessionTimes(opening, VENUES, "2020-07-30", "Asia/Shanghai").reader).toBeNull();
    const berlin = describeSessionTimes(opening, VENUES, "2020-07-30", "Europe/Berlin").reader;
    expect(berlin).toMatchObject({ zone: "Europe/Berlin", start: "04:00", offset: "UTC+2", dayShift: 0 });
    const ny = describeSessionTimes(opening, VENUES, "2020-07-30", "America/New_York").reader;
    expect(ny).toMatchObject({ start: "22:00", offset: "UTC-4", date: "2020-07-29", dayShift: -1 });
  });

  it("marks the next day at venues east of the host", () => {
    const late = session("2020-07-30T15:30:00Z", "2020-07-30T16:00:00Z");
    const t = describeSessionTimes(late, VENUES, "2020-07-30", null);
    expect(t.host).toMatchObject({ start: "23:30", dayShift: 0 });
    expect(t.others[0]).toMatchObject({ start: "00:30", dayShift: 1, date: "2020-07-31" });
  });

  it("uses the DST offset in force at the session", () => {
    const nyVenues = [venue("ny", "America/New_York"), venue("jinan", "Asia/Shanghai")];
    const summer = describeSessionTimes(
      session("2020-07-30T14:00:00Z", "2020-07-30T15:00:00Z", { hostVenueId: "ny" }),
      nyVenues,
      "2020-07-30",
      null,
    );
    const winter = describeSessionTimes(
      session("2020-12-01T14:00:00Z", "2020-12-01T15:00:00Z", { hostVenueId: "ny" }),
      nyVenues,
      "2020-12-01",
      null,
    );
    expect([summer.host.start, summer.host.offset, summer.others[0].start]).toEqual(["10:00", "UTC-4", "22:00"]);
    expect([winter.host.start, winter.host.offset, winter.others[0].start]).toEqual(["09:00", "UTC-5", "22:00"]);
  });
});

describe("agenda filters", () => {
  const sessions = [
    session("2020-07-30T02:00:00Z", "2020-07-30T03:00:00Z", {
      trackId: "main",
      relayVenueIds: ["tokyo", "online"],
      interpretation: ["ja"],
    }),
    session("2020-07-30T06:00:00Z", "2020-07-30T07:00:00Z", {
      type: "INDUSTRY_SEMINAR",
      hostVenueId: "osaka",
      trackId: "medical",
      language: "ja",
    }),
    session("2020-07-30T08:00:00Z", "2020-07-30T09:00:00Z", { type: "NETWORKING", hostVenueId: "online", trackId: "matchmaking" }),
  ];
  const tracks = ["main", "medical", "matchmaking"].map((id) => ({ id, name: { en: id }, color: "teal" }));
  const agenda = { venues: VENUES, sessions, tracks };

  it("accepts valid parameters", () => {
    const { filters, notes } = parseAgendaFilters(
      { venue: "online", track: "main", type: "PLENARY", language: "ja", tz: "Europe/Berlin", bi: "zh|ja" },
      agenda,
    );
    expect(notes).toEqual([]);
    expect(filters).toEqual({
      venue: "online",
      track: "main",
      type: "PLENARY",
      language: "ja",
      tz: "Europe/Berlin",
      bilingual: ["zh", "ja"],
    });
    expect(filtersToSearch(filters)).toBe("?venue=online&track=main&type=PLENARY&language=ja&tz=Europe%2FBerlin&bi=zh%7Cja");
  });

  it("ignores invalid parameters and reports each as a note", () => {
    const { filters, notes } = parseAgendaFilters(
      { venue: "mars", track: "<script>", type: "PARTY", language: "fr", tz: "Mars/Olympus", bi: "zh|zh", other: "x" },
      agenda,
    );
    expect(filters).toEqual({ venue: null, track: null, type: null, language: null, tz: null, bilingual: null });
    expect(notes.map((n) => n.param)).toEqual(["venue", "track", "type", "language", "tz", "bi"]);
    expect(parseAgendaFilters({ bi: "zh|ja|en", tz: "JST" }, agenda).notes.map((n) => n.param)).toEqual(["tz", "bi"]);
    expect(parseAgendaFilters({ tz: ["Asia/Tokyo", "x"] }, agenda).filters.tz).toBe("Asia/Tokyo");
  });

  it("filters by venue (host or relay, or any online venue), track, type and language", () => {
    const ids = (f: Parameters<typeof parseAgendaFilters>[0]) =>
      applyAgendaFilters(agenda, parseAgendaFilters(f, agenda).filters).map((s) => s.id);
    expect(ids({})).toHaveLength(3);
    expect(ids({ venue: "online" })).toEqual([sessions[0].id, sessions[2].id]);
    expect(ids({ venue: "tokyo" })).toEqual([sessions[0].id]);
    expect(ids({ track: "medical" })).toEqual([sessions[1].id]);
    expect(ids({ type: "NETWORKING" })).toEqual([sessions[2].id]);
    expect(ids({ language: "ja" })).toEqual([sessions[0].id, sessions[1].id]);
  });
});
