import { describe, expect, it } from "vitest";
import { applySecurityHeaders, newNonce } from "./csp.ts";

describe("CSP nonces", () => {
  it("makes a new unguessable nonce each time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(newNonce()).not.toBe(a);
  });

  it("sets a strict policy: nonce and strict-dynamic, no inline scripts, base-uri none; HSTS over HTTPS only", () => {
    const headers = new Headers();
    applySecurityHeaders(headers, "abcdefghijklmnopqrstuvwx", false);
    const csp = headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-abcdefghijklmnopqrstuvwx' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("base-uri 'none'");
    expect(headers.get("strict-transport-security")).toBeNull();
    expect(headers.get("x-frame-options")).toBe("DENY");
    const https = new Headers();
    applySecurityHeaders(https, null, true);
    expect(https.get("content-security-policy")).toContain("script-src 'none'");
    expect(https.get("strict-transport-security")).toMatch(/^max-age=31536000/);
  });
});
