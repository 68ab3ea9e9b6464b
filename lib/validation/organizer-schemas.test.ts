import { describe, expect, it } from "vitest";
import { createEventSchema } from "./event-schema.ts";
import { createPersonSchema } from "./person-schema.ts";
import { createSessionSchema } from "./session-schema.ts";
import { createVenueSchema } from "./venue-schema.ts";
import type { z } from "zod";
import { issueMessage } from "@/lib/i18n/server-messages/issue-message";
import { english } from "@/lib/i18n/server-messages/translate-message";

// Each field's message as an English reader sees it (schemas give codes; their values come from the issue).
const errorsOf = (result: { success: boolean; error?: z.ZodError }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), english(issueMessage(i))]));

const event = {
  organizationId: "org1",
  slug: "dialogue-2020",
  title: { en: "Dialogue with Shandong", zh: "对话山东" },
  sideAName: { en: "Shandong side" },
  sideBName: { en: "Japan side" },
  languages: ["en", "zh", "ja"],
  primaryTimeZone: "Asia/Shanghai",
  startDate: "2020-07-30",
  endDate: "2020-07-30",
};

const venue = { eventId: "e1", kind: "PHYSICAL", name: { en: "Tokyo" }, timeZone: "Asia/Tokyo" };

describe("event schema", () => {
  it("accepts the reference event and keeps HTML as plain text", () => {
    const parsed = createEventSchema.parse({ ...event, title: { en: "<script>alert(1)</script>" } });
    expect(parsed.title).toEqual({ en: "<script>alert(1)</script>" });
    expect(parsed.subtitle).toBeNull();
    expect(parsed.streamLinksPublic).toBe(false);
  });

  it("rejects a 50,000-character title with a field message", () => {
    const result = createEventSchema.safeParse({ ...event, title: { en: "x".repeat(50_000) } });
    expect(errorsOf(result)["title.en"]).toMatch(/at most 200/);
  });

  it("rejects unknown time zones, foreign languages, reversed dates and empty titles", () => {
    const errors = errorsOf(
      createEventSchema.safeParse({ ...event, primaryTimeZone: "Mars/Olympus", languages: ["en", "fr"], title: { en: "  " } }),
    );
    expect(Object.keys(errors).sort()).toEqual(["languages.1", "primaryTimeZone", "title"]);
    expect(errorsOf(createEventSchema.safeParse({ ...event, endDate: "2020-07-29" })).endDate).toMatch(/before the first day/);
    expect(errorsOf(createEventSchema.safeParse({ ...event, languages: [] })).languages).toMatch(/at least one/);
    expect(errorsOf(createEventSchema.safeParse({ ...event, startDate: "2020-02-30" })).startDate).toMatch(/real date/);
  });
});

describe("one message per problem", () => {
  const messagesOf = (result: { error?: z.ZodError }, path: string) =>
    (result.error?.issues ?? []).filter((i) => i.path.join(".") === path).map((i) => english(issueMessage(i)));

  it("says an empty date is required, not that it is not a real date", () => {
    const result = createEventSchema.safeParse({ ...event, startDate: "" });
    expect(messagesOf(result, "startDate")).toEqual(["Enter a date"]);
    expect(messagesOf(createEventSchema.safeParse({ ...event, startDate: "30/07/2020" }), "startDate")).toEqual([
      "Enter a date like 2020-07-30",
    ]);
    expect(messagesOf(createEventSchema.safeParse({ ...event, startDate: "2020-02-30" }), "startDate")).toEqual(["Not a real date"]);
  });

  it("says an empty web address is missing instead of listing every rule it breaks", () => {
    expect(messagesOf(createEventSchema.safeParse({ ...event, slug: "" }), "slug")).toEqual(["Enter a short web address"]);
  });

  it("says an empty session time is required", () => {
    const result = createSessionSchema.safeParse({ eventId: "e1", startLocal: "", endLocal: "2020-07-30T11:00" });
    expect(messagesOf(result, "startLocal")).toEqual(["Enter a date and time"]);
  });
});

describe("venue schema", () => {
  it("takes form strings: capacity as text, blank optional fields dropped", () => {
    const parsed = createVenueSchema.parse({ ...venue, capacity: "120", country: "jp", streamUrl: "", city: { en: "", zh: "" } });
    expect(parsed).toMatchObject({ capacity: 120, country: "JP", streamUrl: undefined, city: null });
  });

  it("allows only https stream and interpretation URLs", () => {
    for (const bad of ["javascript:alert(1)", "http://example.org/live", "not a url", "data:text/html,hi", "https://"]) {
      expect(errorsOf(createVenueSchema.safeParse({ ...venue, streamUrl: bad })).streamUrl, bad).toMatch(/https/);
    }
    expect(
      errorsOf(createVenueSchema.safeParse({ ...venue, interpretationUrls: { ja: "javascript:x" } }))["interpretationUrls.ja"],
    ).toMatch(/https/);
    expect(createVenueSchema.parse({ ...venue, streamUrl: "https://live.example.org/a" }).streamUrl).toBe("https://live.example.org/a");
    expect(createVenueSchema.parse({ ...venue, streamUrl: "http://localhost:3000/x" }).streamUrl).toBe("http://localhost:3000/x");
  });

  it("wants whole, non-negative capacities and IANA zones", () => {
    expect(errorsOf(createVenueSchema.safeParse({ ...venue, capacity: "12.5" })).capacity).toMatch(/whole number/);
    expect(errorsOf(createVenueSchema.safeParse({ ...venue, capacity: -1 })).capacity).toMatch(/at least 0/);
    expect(errorsOf(createVenueSchema.safeParse({ ...venue, timeZone: "JST" })).timeZone).toMatch(/Unknown time zone/);
  });
});

describe("session schema", () => {
  const session = {
    eventId: "e1",
    type: "PLENARY",
    title: { zh: "开幕式" },
    startLocal: "2020-07-30T10:00",
    endLocal: "2020-07-30T11:00",
    hostVenueId: "v1",
    relayVenueIds: ["v2", "v2", "v3"],
    language: "zh",
  };
  it("dedupes relay venues and defaults the lists", () => {
    expect(createSessionSchema.parse(session)).toMatchObject({
      relayVenueIds: ["v2", "v3"],
      speakerIds: [],
      interpretation: [],
      acceptWarnings: false,
    });
  });
  it("rejects malformed times, unknown types and languages", () => {
    const errors = errorsOf(createSessionSchema.safeParse({ ...session, startLocal: "30/07/2020 10:00", type: "PARTY", language: "fr" }));
    expect(Object.keys(errors).sort()).toEqual(["language", "startLocal", "type"]);
  });
});

describe("person schema", () => {
  it("needs a name in one language and a side of A or B", () => {
    const errors = errorsOf(createPersonSchema.safeParse({ organizationId: "o", name: {}, side: "C" }));
    expect(Object.keys(errors).sort()).toEqual(["name", "side"]);
    expect(createPersonSchema.parse({ organizationId: "o", name: { ja: "山田太郎" }, isVip: "on", precedence: "10" })).toMatchObject({
      isVip: true,
      precedence: 10,
      honorific: null,
    });
  });
});
