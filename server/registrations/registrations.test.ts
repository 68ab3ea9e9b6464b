import { DEMO_EVENT } from "@/prisma/seed/demo-event";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { createDelegate, DEMO_EVENT_ID, DEMO_SLUG, delegate, seedDemoEvent } from "../agenda/testing/agenda-fixtures.ts";
import { cancelRegistration } from "./cancel-registration.ts";
import { getMyAgenda } from "./get-my-agenda.ts";
import { registerForEvent } from "./register-for-event.ts";
import { toggleBookmark } from "./toggle-bookmark.ts";
import { english, inEnglish } from "@/server/testing/in-english";

useTestDatabase();
// The demo event ended on 30 July 2020, so registration is closed; these tests move its last
// day into the future to exercise registration itself (one test puts it back).
const OPEN_UNTIL = new Date("2099-12-31T00:00:00Z");
beforeAll(async () => {
  await seedDemoEvent();
  await db().event.update({ where: { id: DEMO_EVENT_ID }, data: { endDate: OPEN_UNTIL }, select: { id: true } });
});

describe("registerForEvent", () => {
  it("asks anonymous readers to sign in and rejects bad input without writing", async () => {
    expect(await registerForEvent(null, { eventSlug: DEMO_SLUG, venueId: "demo-venue-tokyo" })).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
    expect(await registerForEvent(delegate, { eventSlug: DEMO_SLUG })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { venueId: expect.any(Array) },
    });
    expect(await registerForEvent(delegate, { eventSlug: DEMO_SLUG, venueId: "other-events-venue" })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { venueId: expect.any(Array) },
    });
    expect(await registerForEvent(delegate, { eventSlug: "nope", venueId: "demo-venue-tokyo" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await db().registration.count({ where: { userId: delegate.id } })).toBe(0);
  });

  it("registers once, even when submitted twice at the same time", async () => {
    const input = { eventSlug: DEMO_SLUG, venueId: "demo-venue-tokyo" };
    const [a, b] = await Promise.all([registerForEvent(delegate, input), registerForEvent(delegate, input)]);
    const again = await registerForEvent(delegate, input);
    expect(a.ok && b.ok && again.ok).toBe(true);
    const ids = [a, b, again].map((r) => (r.ok ? r.data.id : null));
    expect(new Set(ids).size).toBe(1);
    expect(again).toMatchObject({ ok: true, data: { created: false, status: "CONFIRMED" } });
    expect(again.ok && english(again.data.message)).toMatch(/already registered/);
    const rows = await db().registration.findMany({ where: { userId: delegate.id }, select: { calendarToken: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0].calendarToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await db().auditLog.count({ where: { entity: "Registration", entityId: ids[0]! } })).toBe(1);
    // One confirmation, with the event as an .ics, queued with the registration (none for the double submit).
    const mails = await db().mailMessage.findMany({
      where: { toEmail: delegate.email, kind: "registration-confirmed" },
      select: { attachments: true },
    });
    expect(mails).toHaveLength(1);
    expect(JSON.stringify(mails[0].attachments)).toContain("BEGIN:VCALENDAR");
  });

  it("waitlists when the venue is full, also under concurrency, and promotes on cancellation", async () => {
    await db().venue.update({ where: { id: "demo-venue-osaka" }, data: { capacity: 2 }, select: { id: true } });
    const people = await Promise.all(["o1", "o2", "o3", "o4"].map(createDelegate));
    const results = await Promise.all(people.map((p) => registerForEvent(p, { eventSlug: DEMO_SLUG, venueId: "demo-venue-osaka" })));
    const statuses = results.map((r) => (r.ok ? r.data.status : r.code)).sort();
    expect(statuses).toEqual(["CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED"]);
    const waitlisted = results.find((r) => r.ok && r.data.status === "WAITLISTED");
    expect(waitlisted?.ok && english(waitlisted.data.message)).toMatch(/full.*waiting list/);

    const confirmedIndex = results.findIndex((r) => r.ok && r.data.status === "CONFIRMED");
    const confirmed = results[confirmedIndex];
    if (!confirmed.ok) throw new Error("expected a confirmed registration");
    expect(await cancelRegistration(people[(confirmedIndex + 1) % 4], { registrationId: confirmed.data.id })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    const cancelled = await cancelRegistration(people[confirmedIndex], { registrationId: confirmed.data.id });
    expect(cancelled).toMatchObject({ ok: true, data: { status: "CANCELLED", promotedId: expect.any(String) } });
    expect(await db().registration.count({ where: { venueId: "demo-venue-osaka", status: "CONFIRMED" } })).toBe(2);
  });

  it("refuses registration once the event has concluded", async () => {
    await db().event.update({ where: { id: DEMO_EVENT_ID }, data: { status: "CONCLUDED" }, select: { id: true } });
    const late = await createDelegate("late");
    expect(inEnglish(await registerForEvent(late, { eventSlug: DEMO_SLUG, venueId: "demo-venue-tokyo" }))).toMatchObject({
      ok: false,
      code: "invalid",
      message: expect.stringMatching(/closed/),
    });
    await db().event.update({ where: { id: DEMO_EVENT_ID }, data: { status: "PUBLISHED" }, select: { id: true } });
  });

  it("refuses registration after the event's last day in its venues' zones, though nobody concluded it", async () => {
    await db().event.update({ where: { id: DEMO_EVENT_ID }, data: { endDate: DEMO_EVENT.endDate }, select: { id: true } });
    const late = await createDelegate("late-2020");
    const before = await db().registration.count();
    expect(inEnglish(await registerForEvent(late, { eventSlug: DEMO_SLUG, venueId: "demo-venue-tokyo" }))).toMatchObject({
      ok: false,
      code: "invalid",
      message: expect.stringMatching(/closed/),
    });
    expect(await db().registration.count()).toBe(before);
    await db().event.update({ where: { id: DEMO_EVENT_ID }, data: { endDate: OPEN_UNTIL }, select: { id: true } });
  });
});

describe("bookmarks and my agenda", () => {
  it("needs a registration, then toggles idempotently", async () => {
    const outsider = await createDelegate("outsider");
    expect(await toggleBookmark(outsider, { sessionId: "demo-session-plenary" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await toggleBookmark(null, { sessionId: "demo-session-plenary" })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await toggleBookmark(delegate, { sessionId: "missing" })).toMatchObject({ ok: false, code: "not_found" });

    expect(await toggleBookmark(delegate, { sessionId: "demo-session-plenary", bookmarked: "true" })).toMatchObject({
      ok: true,
      data: { bookmarked: true },
    });
    expect(await toggleBookmark(delegate, { sessionId: "demo-session-plenary", bookmarked: true })).toMatchObject({
      ok: true,
      data: { bookmarked: true },
    });
    expect(await toggleBookmark(delegate, { sessionId: "demo-session-signing" })).toMatchObject({ ok: true, data: { bookmarked: true } });
    expect(await toggleBookmark(delegate, { sessionId: "demo-session-lunch" })).toMatchObject({ ok: true, data: { bookmarked: true } });
    expect(await toggleBookmark(delegate, { sessionId: "demo-session-lunch" })).toMatchObject({ ok: true, data: { bookmarked: false } });

    const mine = await getMyAgenda(delegate);
    expect(mine).toHaveLength(1);
    expect(mine![0]).toMatchObject({
      status: "CONFIRMED",
      venue: { id: "demo-venue-tokyo", timeZone: "Asia/Tokyo" },
      event: { slug: DEMO_SLUG },
    });
    expect(mine![0].bookmarks.map((b) => b.sessionId)).toEqual(["demo-session-plenary", "demo-session-signing"]);
    expect(await getMyAgenda(null)).toBeNull();
  });
});
