import { describe, expect, it } from "vitest";
import { clientIpFromHeaders } from "./client-ip.ts";

describe("clientIpFromHeaders", () => {
  it("takes the address added by the nearest hop", () => {
    expect(clientIpFromHeaders({ "x-forwarded-for": "203.0.113.5" })).toBe("203.0.113.5");
    expect(clientIpFromHeaders({ "x-forwarded-for": "1.2.3.4, 10.0.0.1 , 203.0.113.5" })).toBe("203.0.113.5");
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "spoofed, 198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIpFromHeaders({ "x-forwarded-for": ["a", "::ffff:192.0.2.1"] })).toBe("192.0.2.1");
  });

  it("is null when there is nothing to go on", () => {
    expect(clientIpFromHeaders(undefined)).toBeNull();
    expect(clientIpFromHeaders({})).toBeNull();
    expect(clientIpFromHeaders({ "x-forwarded-for": " , " })).toBeNull();
  });
});
