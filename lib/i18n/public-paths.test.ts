import { describe, expect, it } from "vitest";
import { isPublicPagePath, localeAlternates, localizedPath, splitLocale, switchLocalePath } from "./public-paths.ts";

describe("public paths with the language in the path", () => {
  it("tells public pages from the rest, prefixed or not", () => {
    for (const p of ["/", "/events", "/events/x", "/events/x/agenda", "/en", "/ja/events/x/sessions/y", "/zh/events/x/tally"])
      expect(isPublicPagePath(p), p).toBe(true);
    for (const p of [
      "/organizer",
      "/sign-in",
      "/me/agenda",
      "/api/health",
      "/embed/events/x/agenda",
      "/en/organizer",
      "/eventsx",
      "/de/events/x",
    ])
      expect(isPublicPagePath(p), p).toBe(false);
  });

  it("splits, builds and switches the prefix", () => {
    expect(splitLocale("/ja/events/x")).toEqual({ locale: "ja", rest: "/events/x" });
    expect(splitLocale("/zh")).toEqual({ locale: "zh", rest: "/" });
    expect(splitLocale("/events/x")).toEqual({ locale: null, rest: "/events/x" });
    expect(localizedPath("ja", "/")).toBe("/ja");
    expect(localizedPath("zh", "/events/x/agenda")).toBe("/zh/events/x/agenda");
    expect(switchLocalePath("/en/events/x/agenda", "ja")).toBe("/ja/events/x/agenda");
    expect(switchLocalePath("/en", "zh")).toBe("/zh");
    expect(switchLocalePath("/organizer/people", "ja")).toBeNull();
  });

  it("names a canonical URL and one alternate per language plus x-default", () => {
    expect(localeAlternates("zh", "/events/x")).toEqual({
      canonical: "/zh/events/x",
      languages: { en: "/en/events/x", zh: "/zh/events/x", ja: "/ja/events/x", "x-default": "/events/x" },
    });
  });
});
