import { describe, expect, it } from "vitest";
import { canonicalRedirect, canonicalTarget, hostPolicy } from "./canonical-host";

const policy = hostPolicy("http://localhost:3000", "https://accord.example.org");
const get = (host: string, pathname = "/organizer/events", search = "", method = "GET", forwardedHost: string | null = null) =>
  canonicalRedirect({ method, pathname, search, host, forwardedHost }, policy);

describe("canonicalRedirect", () => {
  it("sends a page on another host name once to the same path on NEXTAUTH_URL", () => {
    expect(get("127.0.0.1:3000", "/organizer/events/e1/sessions", "?x=1")).toBe("http://localhost:3000/organizer/events/e1/sessions?x=1");
    expect(get("127.0.0.1:3000", "/events/demo/agenda", "?_rsc=abc&tz=Asia%2FTokyo")).toBe(
      "http://localhost:3000/events/demo/agenda?tz=Asia%2FTokyo",
    );
    expect(get("proxy.internal", "/", "", "GET", "evil.example")).toBe("http://localhost:3000/");
  });

  it("serves the public address, allowed origins, API routes and posts where they are", () => {
    expect(get("localhost:3000")).toBeNull();
    expect(get("LOCALHOST:3000")).toBeNull();
    expect(get("accord.example.org")).toBeNull();
    expect(get("127.0.0.1:3000", "/api/health")).toBeNull();
    expect(get("127.0.0.1:3000", "/organizer/events", "", "POST")).toBeNull();
    expect(get("10.0.0.5", "/", "", "GET", "localhost:3000")).toBeNull();
    expect(
      canonicalRedirect(
        { method: "GET", pathname: "/", search: "", host: "127.0.0.1", forwardedHost: null },
        hostPolicy(undefined, undefined),
      ),
    ).toBeNull();
  });
});

describe("canonicalTarget", () => {
  it("puts a local path and query on the public address", () => {
    expect(canonicalTarget("http://localhost:3000", "/organizer/people?x=1")).toBe("http://localhost:3000/organizer/people?x=1");
    expect(canonicalTarget("https://accord.example.org/", "/")).toBe("https://accord.example.org/");
  });

  it("refuses anything that could lead elsewhere", () => {
    for (const to of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "evil", "", null]) {
      expect(canonicalTarget("http://localhost:3000", to)).toBeNull();
    }
    expect(canonicalTarget(null, "/")).toBeNull();
  });
});
