import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "../env.ts";
import { asOrigin, isAllowedOrigin, needsOriginCheck, originPolicy, sessionUsable, type OriginPolicy } from "./request-origin.ts";

const policy: OriginPolicy = { appOrigin: "https://accord.test", allowedOrigins: ["https://partner.example:8443"] };
const action = (extra: Record<string, string>) => new Headers({ "next-action": "7f00aa", host: "accord.test", ...extra });

describe("isAllowedOrigin", () => {
  it("accepts the public URL's origin", () => {
    expect(isAllowedOrigin(action({ origin: "https://accord.test" }), policy)).toBe(true);
  });

  it("refuses a missing Origin", () => {
    expect(isAllowedOrigin(action({}), policy)).toBe(false);
  });

  it.each([
    ["a foreign site", "https://evil.example"],
    ["a look-alike subdomain", "https://accord.test.evil.com"],
    ["a look-alike with userinfo", "https://accord.test@evil.com"],
    ["an opaque origin", "null"],
    ["the wrong scheme for the public host", "http://accord.test"],
    ["another port on the public host", "https://accord.test:8443"],
    ["a path after the origin", "https://accord.test/organizer"],
    ["a trailing slash", "https://accord.test/"],
    ["an upper-case spelling", "https://ACCORD.test"],
    ["a non-http scheme", "file://accord.test"],
    ["garbage", "not a url"],
    ["an empty value", ""],
  ])("refuses %s (%s)", (_label, origin) => {
    expect(isAllowedOrigin(action({ origin }), policy)).toBe(false);
  });

  it("accepts origins from the allowed list, exactly", () => {
    expect(isAllowedOrigin(action({ origin: "https://partner.example:8443" }), policy)).toBe(true);
    expect(isAllowedOrigin(action({ origin: "https://partner.example" }), policy)).toBe(false);
    expect(isAllowedOrigin(action({ origin: "http://partner.example:8443" }), policy)).toBe(false);
  });

  it("accepts plain http on the Host the request was sent to, for hosts other than the public one", () => {
    const dev: OriginPolicy = { appOrigin: "http://localhost:3000", allowedOrigins: [] };
    expect(isAllowedOrigin(new Headers({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }), dev)).toBe(true);
    expect(isAllowedOrigin(new Headers({ host: "127.0.0.1:3000", origin: "https://127.0.0.1:3000" }), dev)).toBe(false);
    expect(isAllowedOrigin(new Headers({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3001" }), dev)).toBe(false);
    expect(isAllowedOrigin(new Headers({ origin: "http://127.0.0.1:3000" }), dev)).toBe(false); // no Host
  });

  it("does not let X-Forwarded-Host or X-Forwarded-Proto vouch for a foreign Origin (Next's own check does)", () => {
    const forged = action({ origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(isAllowedOrigin(forged, policy)).toBe(false);
  });

  it("without NEXTAUTH_URL, only the allowed list and the Host's own http origin count", () => {
    const none: OriginPolicy = { appOrigin: null, allowedOrigins: [] };
    expect(isAllowedOrigin(new Headers({ host: "accord.test", origin: "http://accord.test" }), none)).toBe(true);
    expect(isAllowedOrigin(new Headers({ host: "accord.test", origin: "https://evil.example" }), none)).toBe(false);
  });
});

describe("needsOriginCheck", () => {
  it("checks server actions and requests with a body, not plain reads", () => {
    expect(needsOriginCheck(new Headers({ "next-action": "abc" }))).toBe(true);
    expect(needsOriginCheck(new Headers({ "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(needsOriginCheck(new Headers({ "content-type": "video/mp4" }))).toBe(true);
    expect(needsOriginCheck(new Headers({ accept: "text/html" }))).toBe(false);
    expect(needsOriginCheck(new Headers({ rsc: "1" }))).toBe(false);
  });
});

describe("sessionUsable", () => {
  const configured = () => vi.stubEnv("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/unused");
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    resetEnvForTests();
  });

  it("keeps the session for reads and same-origin actions, drops it (with one warning) otherwise", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(sessionUsable(new Headers({ host: "accord.test" }), policy)).toBe(true);
    expect(sessionUsable(action({ origin: "https://accord.test" }), policy)).toBe(true);
    expect(warn).not.toHaveBeenCalled();
    expect(sessionUsable(action({ origin: "https://evil.example" }), policy)).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain('server action from Origin "https://evil.example"');
  });

  it("reads NEXTAUTH_URL and ACCORD_ALLOWED_ORIGINS from the environment", () => {
    configured();
    vi.stubEnv("NEXTAUTH_URL", "https://accord.test/base/path");
    vi.stubEnv("ACCORD_ALLOWED_ORIGINS", "https://a.example, https://b.example:8443");
    resetEnvForTests();
    expect(originPolicy()).toEqual({ appOrigin: "https://accord.test", allowedOrigins: ["https://a.example", "https://b.example:8443"] });
  });

  it("rejects an allowed-origins entry that is not an origin", () => {
    configured();
    vi.stubEnv("ACCORD_ALLOWED_ORIGINS", "https://a.example/path");
    resetEnvForTests();
    expect(() => originPolicy()).toThrow(/ACCORD_ALLOWED_ORIGINS must list origins/);
  });
});

describe("asOrigin", () => {
  it("returns serialized http(s) origins only", () => {
    expect(asOrigin("http://127.0.0.1:3310")).toBe("http://127.0.0.1:3310");
    expect(asOrigin("https://accord.test:443")).toBeNull(); // serializes without the default port
    expect(asOrigin(null)).toBeNull();
  });
});
