import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing/test-database.ts";
import { db } from "../db/client.ts";
import { listPublishedEvents } from "./list-published-events.ts";
import { getPublicEvent } from "./get-public-event.ts";

useTestDatabase();

async function makeEvent(
  orgId: string,
  slug: string,
  status: "DRAFT" | "PUBLISHED" | "LIVE" | "CONCLUDED" | "ARCHIVED",
  startDate = "2020-07-30",
) {
  return db().event.create({
    data: {
      organizationId: orgId,
      slug,
      status,
      title: { en: `Event ${slug}`, zh: `活动 ${slug}` },
      sideAName: { en: "Shandong side" },
      sideBName: { en: "Japan side" },
      languages: ["zh", "ja", "en"],
      primaryTimeZone: "Asia/Shanghai",
      startDate: new Date(`${startDate}T00:00:00Z`),
      endDate: new Date(`${startDate}T00:00:00Z`),
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  const org = await db().organization.create({
    data: { slug: "ccpit-sd", name: { en: "CCPIT Shandong" }, country: "CN" },
    select: { id: true },
  });
  const dialogue = await makeEvent(org.id, "dialogue", "PUBLISHED");
  await makeEvent(org.id, "secret-draft", "DRAFT");
  await makeEvent(org.id, "old-archived", "ARCHIVED");
  await makeEvent(org.id, "live-one", "LIVE", "2021-05-01");
  // Created out of order on purpose: the API must order by position.
  const osaka = await db().venue.create({
    data: {
      eventId: dialogue.id,
      kind: "PHYSICAL",
      name: { en: "Osaka venue" },
      city: { en: "Osaka", ja: "大阪" },
      country: "JP",
      timeZone: "Asia/Tokyo",
      capacity: 80,
      position: 2,
      streamUrl: "https://secret.example/stream",
    },
    select: { id: true },
  });
  const jinan = await db().venue.create({
    data: {
      eventId: dialogue.id,
      kind: "PHYSICAL",
      name: { en: "Jinan venue" },
      city: { en: "Jinan", zh: "济南" },
      country: "CN",
      timeZone: "Asia/Shanghai",
      capacity: 300,
      position: 0,
    },
    select: { id: true },
  });
  await db().venue.create({
    data: { eventId: dialogue.id, kind: "ONLINE", name: { en: "Online" }, timeZone: "UTC", position: 3 },
  });
  await db().venue.create({
    data: {
      eventId: dialogue.id,
      kind: "PHYSICAL",
      name: { en: "Tokyo venue" },
      city: { en: "Tokyo" },
      country: "JP",
      timeZone: "Asia/Tokyo",
      position: 1,
    },
  });
  for (const [startsAt, title] of [
    ["2020-07-30T03:00:00Z", "Industry seminar"],
    ["2020-07-30T02:00:00Z", "Opening plenary"],
  ] as const) {
    await db().session.create({
      data: {
        eventId: dialogue.id,
        type: "PLENARY",
        title: { en: title },
        startsAt: new Date(startsAt),
        endsAt: new Date(Date.parse(startsAt) + 3_600_000),
        hostVenueId: title === "Opening plenary" ? jinan.id : osaka.id,
        language: "zh",
      },
    });
  }
});

describe("listPublishedEvents", () => {
  it("shows published, live and concluded events only, newest first", async () => {
    const events = await listPublishedEvents();
    expect(events.map((e) => e.slug)).toEqual(["live-one", "dialogue"]);
  });

  it("returns venue cities and zones in position order, counts, and nothing else", async () => {
    const dialogue = (await listPublishedEvents()).find((e) => e.slug === "dialogue")!;
    expect(dialogue.venues.map((v) => v.city.en ?? v.kind)).toEqual(["Jinan", "Tokyo", "Osaka", "ONLINE"]);
    expect(dialogue.venues[0]).toEqual({ kind: "PHYSICAL", city: { en: "Jinan", zh: "济南" }, timeZone: "Asia/Shanghai" });
    expect(dialogue.sessionCount).toBe(2);
    expect(dialogue.startDate).toBe("2020-07-30");
    expect(Object.keys(dialogue).sort()).toEqual([
      "agreementCount",
      "endDate",
      "languages",
      "sessionCount",
      "slug",
      "startDate",
      "status",
      "subtitle",
      "title",
      "venues",
    ]);
  });
});

describe("getPublicEvent", () => {
  it("returns null for drafts, archived and unknown slugs", async () => {
    expect(await getPublicEvent("secret-draft")).toBeNull();
    expect(await getPublicEvent("old-archived")).toBeNull();
    expect(await getPublicEvent("nope")).toBeNull();
    expect(await getPublicEvent("")).toBeNull();
  });

  it("returns the event with venues ordered by position and the opening session", async () => {
    const event = await getPublicEvent("dialogue");
    expect(event).not.toBeNull();
    expect(event!.venues.map((v) => v.name.en)).toEqual(["Jinan venue", "Tokyo venue", "Osaka venue", "Online"]);
    expect(event!.venues[2]).toEqual({
      id: expect.any(String),
      kind: "PHYSICAL",
      name: { en: "Osaka venue" },
      city: { en: "Osaka", ja: "大阪" },
      country: "JP",
      timeZone: "Asia/Tokyo",
      capacity: 80,
    });
    expect(event!.sessionCount).toBe(2);
    expect(event!.opening?.title).toEqual({ en: "Opening plenary" });
    expect(event!.opening?.startsAt.toISOString()).toBe("2020-07-30T02:00:00.000Z");
    expect(event!.sideAName).toEqual({ en: "Shandong side" });
  });

  it("never exposes internal fields", async () => {
    const text = JSON.stringify(await getPublicEvent("dialogue"));
    for (const secret of ["organizationId", "streamUrl", "secret.example", "version", "createdAt"]) {
      expect(text).not.toContain(secret);
    }
  });
});
