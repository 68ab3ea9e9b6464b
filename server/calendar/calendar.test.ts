import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { DEMO_SLUG, delegate, reopenDemoEvent, seedDemoEvent } from "../agenda/testing/agenda-fixtures.ts";
import { registerForEvent } from "../registrations/register-for-event.ts";
import { toggleBookmark } from "../registrations/toggle-bookmark.ts";
import { buildEventIcs } from "./build-event-ics.ts";
import { buildPersonalIcs } from "./build-personal-ics.ts";
import { buildSessionIcs } from "./build-session-ics.ts";
import { buildCalendar, escapeText, foldLine } from "./ics-format.ts";
import { english } from "@/lib/i18n/server-messages/translate-message";

useTestDatabase();
beforeAll(seedDemoEvent);
const ctx = { locale: "en" as const, origin: "https://accord.example" };

function vevents(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  return comp.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("ics text rules", () => {
  it("escapes TEXT values and folds long lines at 75 octets without splitting characters", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const folded = foldLine(`SUMMARY:${"对话山东".repeat(20)}`);
    for (const line of folded.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(
      folded
        .split("\r\n")
        .slice(1)
        .every((l) => l.startsWith(" ")),
    ).toBe(true);
    const ics = buildCalendar("Test, with; chars", [
      {
        uid: "u1@accord",
        start: "2020-07-30T02:00:00Z",
        end: "2020-07-30T03:00:00Z",
        summary: "A, B; C\\D",
        description: "line1\nline2 ".repeat(20),
        location: "Jinan",
      },
    ]);
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/\n/);
    const [e] = vevents(ics);
    expect(e.summary).toBe("A, B; C\\D");
    expect(e.description.startsWith("line1\nline2 line1")).toBe(true);
  });
});

describe("event and session calendars", () => {
  it("puts Jinan 10:00 at 02:00Z with the venues' local times in the description", async () => {
    const ics = await buildEventIcs(DEMO_SLUG, ctx);
    expect(ics).not.toBeNull();
    const events = vevents(ics!);
    expect(events).toHaveLength(9);
    const plenary = events.find((e) => e.uid === "demo-session-plenary@accord")!;
    expect(plenary.startDate.toJSDate().toISOString()).toBe("2020-07-30T02:00:00.000Z");
    expect(plenary.endDate.toJSDate().toISOString()).toBe("2020-07-30T03:00:00.000Z");
    expect(plenary.startDate.zone.tzid).toBe("UTC");
    expect(plenary.location).toMatch(/Jinan.*Asia\/Shanghai/);
    expect(plenary.description).toMatch(/10:00–11:00 UTC\+8 \(Asia\/Shanghai\)/);
    expect(plenary.description).toMatch(/Tokyo.*11:00–12:00 UTC\+9 \(Asia\/Tokyo\)/);
    expect(ics).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    // The Osaka-hosted seminar at 15:00 Osaka time is 06:00Z.
    expect(
      events
        .find((e) => e.uid === "demo-session-industry-medical@accord")!
        .startDate.toJSDate()
        .toISOString(),
    ).toBe("2020-07-30T06:00:00.000Z");
  });

  it("builds one session in the reader's language, and refuses unknown or unpublished ones", async () => {
    const ics = await buildSessionIcs("demo-session-plenary", { ...ctx, locale: "ja" });
    const [e] = vevents(ics!);
    expect(e.summary).toBe("全体会議：対話山東");
    expect(await buildSessionIcs("nope", ctx)).toBeNull();
    expect(await buildEventIcs("nope", ctx)).toBeNull();
  });
});

describe("personal calendar", () => {
  it("lists the bookmarked sessions for the token's owner; a guessed token is null", async () => {
    await reopenDemoEvent(); // the demo ended in 2020 and no longer takes registrations
    const reg = await registerForEvent(delegate, { eventSlug: DEMO_SLUG, venueId: "demo-venue-tokyo" });
    if (!reg.ok) throw new Error(english(reg.message));
    await toggleBookmark(delegate, { sessionId: "demo-session-plenary", bookmarked: true });
    await toggleBookmark(delegate, { sessionId: "demo-session-industry-equipment", bookmarked: true });
    const { calendarToken } = await db().registration.findUniqueOrThrow({ where: { id: reg.data.id }, select: { calendarToken: true } });
    const ics = await buildPersonalIcs(calendarToken, ctx);
    expect(
      vevents(ics!)
        .map((e) => e.uid)
        .sort(),
    ).toEqual(["demo-session-industry-equipment@accord", "demo-session-plenary@accord"]);

    const guessed = calendarToken.slice(0, -1) + (calendarToken.endsWith("A") ? "B" : "A");
    expect(await buildPersonalIcs(guessed, ctx)).toBeNull();
    expect(await buildPersonalIcs("short", ctx)).toBeNull();
    expect(await buildPersonalIcs("' OR 1=1 --", ctx)).toBeNull();
  });
});
