import { describe, expect, it } from "vitest";
import { clientIpFromHeaders, networkKey } from "./client-ip.ts";
import { PEER_HEADER } from "./peer-address.ts";
import { parseTrustedProxies } from "./trusted-proxies.ts";

const from = (peer: string, xff?: string) => ({ [PEER_HEADER]: peer, ...(xff ? { "x-forwarded-for": xff } : {}) });
const none = parseTrustedProxies(undefined);

describe("clientIpFromHeaders", () => {
  it("ignores X-Forwarded-For unless the peer is a trusted proxy", () => {
    // The old rule took the rightmost entry, which a client without a proxy chooses freely.
    expect(clientIpFromHeaders(from("198.51.100.7", "203.0.113.5"), none)).toBe("198.51.100.7");
    expect(clientIpFromHeaders(from("198.51.100.7", "1.2.3.4, 203.0.113.5"), parseTrustedProxies("10.0.0.0/8"))).toBe("198.51.100.7");
    expect(clientIpFromHeaders(from("::ffff:192.0.2.1"), none)).toBe("192.0.2.1");
    // A forged copy of the peer header under a guessable name means nothing.
    expect(clientIpFromHeaders({ "x-accord-peer": "203.0.113.9", "x-forwarded-for": "203.0.113.9" }, none)).toBeNull();
  });

  it("walks X-Forwarded-For from the right through trusted proxies only", () => {
    const rules = parseTrustedProxies("10.0.0.0/8, 192.168.1.5 loopback");
    expect(clientIpFromHeaders(from("10.1.2.3", "203.0.113.5"), rules)).toBe("203.0.113.5");
    expect(clientIpFromHeaders(from("127.0.0.1", "spoofed-by-client, 198.51.100.2, 192.168.1.5"), rules)).toBe("198.51.100.2");
    expect(clientIpFromHeaders(new Headers(from("10.0.0.1", "6.6.6.6, 198.51.100.3, 10.0.0.2")), rules)).toBe("198.51.100.3");
    // Garbage, or nothing, after trusted hops: the last trusted address is all we know.
    expect(clientIpFromHeaders(from("10.0.0.1", "not-an-ip"), rules)).toBe("10.0.0.1");
    expect(clientIpFromHeaders(from("10.0.0.1"), rules)).toBe("10.0.0.1");
    expect(clientIpFromHeaders(from("::1", "[2001:db8::1]"), rules)).toBe("2001:db8::1");
  });

  it("is null without a peer address", () => {
    expect(clientIpFromHeaders(undefined, none)).toBeNull();
    expect(clientIpFromHeaders({}, none)).toBeNull();
    expect(clientIpFromHeaders({ "x-forwarded-for": "203.0.113.5" }, none)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("accepts IPs, CIDRs and range names, and names a bad entry", () => {
    expect(parseTrustedProxies("10.0.0.0/8,192.168.1.5, ::1 2001:db8::/32 loopback private")).toHaveLength(6);
    expect(parseTrustedProxies("")).toEqual([]);
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.example.org")).toThrow(/"proxy\.example\.org"/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
  });
});

describe("networkKey", () => {
  it("counts an IPv4 address alone and an IPv6 host by its /64", () => {
    expect(networkKey("203.0.113.5")).toBe("203.0.113.5");
    expect(networkKey("2001:db8:1:2:aaaa::1")).toBe(networkKey("2001:db8:1:2:bbbb::9"));
    expect(networkKey("2001:db8:1:2::1")).not.toBe(networkKey("2001:db8:1:3::1"));
  });
});
