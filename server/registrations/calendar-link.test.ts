import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { createDelegate, DEMO_SLUG, reopenDemoEvent, seedDemoEvent } from "../agenda/testing/agenda-fixtures.ts";
import { buildPersonalIcs } from "../calendar/build-personal-ics.ts";
import { cancelRegistration } from "./cancel-registration.ts";
import { registerForEvent } from "./register-for-event.ts";
import { resetCalendarLink } from "./reset-calendar-link.ts";
import { english } from "@/lib/i18n/server-messages/translate-message";

// A delegate's private calendar feed can be revoked: "reset my calendar link" and a new
// registration after cancelling both give a new token, and the old address is a 404 at once.
useTestDatabase();
beforeAll(async () => {
  await seedDemoEvent();
  await reopenDemoEvent();
});

/** What the feed route answers for a token: a calendar (200) or nothing (404). */
const feedStatus = async (token: string) =>
  (await buildPersonalIcs(token, { locale: "en", origin: "https://accord.example" })) === null ? 404 : 200;

async function registered(name: string) {
  const person = await createDelegate(name);
  const r = await registerForEvent(person, { eventSlug: DEMO_SLUG, venueId: "demo-venue-tokyo" });
  if (!r.ok) throw new Error(english(r.message));
  const token = async () =>
    (await db().registration.findUniqueOrThrow({ where: { id: r.data.id }, select: { calendarToken: true } })).calendarToken;
  return { person, id: r.data.id, token };
}

describe("resetCalendarLink", () => {
  it("gives the owner a new token; the old feed address answers 404 at once", async () => {
    const { person, id, token } = await registered("cal-reset");
    const old = await token();
    expect(await feedStatus(old)).toBe(200);
    expect(await resetCalendarLink(person, { registrationId: id })).toEqual({ ok: true, data: { id } });
    const fresh = await token();
    expect(fresh).not.toBe(old);
    expect(fresh).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await feedStatus(old)).toBe(404);
    expect(await feedStatus(fresh)).toBe(200);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entityId: id, action: "calendar-link-reset" },
      select: { before: true, after: true },
    });
    expect(JSON.stringify(audit)).not.toContain(fresh); // the audit never holds a token
  });

  it("answers not found for someone else's, a cancelled or an unknown registration, changing nothing", async () => {
    const { id, token } = await registered("cal-owner");
    const other = await createDelegate("cal-other");
    const before = await token();
    expect(await resetCalendarLink(other, { registrationId: id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await resetCalendarLink(other, { registrationId: "no-such-registration" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await resetCalendarLink(null, { registrationId: id })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await resetCalendarLink(other, {})).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { registrationId: expect.any(Array) },
    });
    expect(await token()).toBe(before);

    const cancelledReg = await registered("cal-cancelled");
    await cancelRegistration(cancelledReg.person, { registrationId: cancelledReg.id });
    const cancelledToken = await cancelledReg.token();
    expect(await resetCalendarLink(cancelledReg.person, { registrationId: cancelledReg.id })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await cancelledReg.token()).toBe(cancelledToken);
  });
});

describe("registering again after cancelling", () => {
  it("issues a new calendar token, so a feed address from before stays dead", async () => {
    const { person, id, token } = await registered("cal-again");
    const old = await token();
    expect((await cancelRegistration(person, { registrationId: id })).ok).toBe(true);
    expect(await feedStatus(old)).toBe(404);
    const again = await registerForEvent(person, { eventSlug: DEMO_SLUG, venueId: "demo-venue-osaka" });
    expect(again).toMatchObject({ ok: true, data: { id, created: true } });
    const fresh = await token();
    expect(fresh).not.toBe(old);
    expect(await feedStatus(old)).toBe(404);
    expect(await feedStatus(fresh)).toBe(200);
  });
});
