import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path.ts";

describe("safeReturnPath", () => {
  it("keeps same-site paths with their query and hash", () => {
    expect(safeReturnPath("/events/x?tab=agenda")).toBe("/events/x?tab=agenda");
    expect(safeReturnPath("/organizer/events/e1#sessions")).toBe("/organizer/events/e1#sessions");
    expect(safeReturnPath("/")).toBe("/");
    expect(safeReturnPath("/events/%E4%B8%AD?q=a%20b")).toBe("/events/%E4%B8%AD?q=a%20b");
    expect(safeReturnPath("/a/../organizer")).toBe("/organizer");
  });

  it("refuses anything that could leave the site", () => {
    const bad = [
      "https://evil.example",
      "http:evil.example",
      "javascript:alert(1)",
      "//evil.example",
      "///evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example/phish",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "\t//evil.example",
      " /events",
      "/events\r\nSet-Cookie: x=1",
      "/\u0000/evil.example",
      "/\u2028/evil.example",
      "/.//evil.example",
      "/./\t/evil.example",
      "events",
      "",
      "/" + "a".repeat(2_100),
    ];
    for (const value of bad) expect(safeReturnPath(value), JSON.stringify(value)).toBe("/");
  });

  it("refuses non-strings and uses the given fallback", () => {
    for (const value of [undefined, null, 5, ["/x"], { toString: () => "/x" }]) expect(safeReturnPath(value)).toBe("/");
    expect(safeReturnPath("//evil.example", "")).toBe("");
    expect(safeReturnPath("https://evil.example", "/organizer")).toBe("/organizer");
  });

  it("keeps percent-encoded separators as inert path text", () => {
    // Once decoded by the query string these are literal characters; encoded twice they stay text.
    expect(safeReturnPath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
    expect(safeReturnPath("/%0D%0Aevil")).toBe("/%0D%0Aevil");
    expect(safeReturnPath("/%09/evil.example")).toBe("/%09/evil.example");
  });
});
