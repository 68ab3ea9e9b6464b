import { contentSecurityPolicy, securityHeaders, strictTransportSecurity } from "./security-headers.js";

// Per-request CSP nonces (proxy.ts). Next reads the nonce from the request's
// Content-Security-Policy header and puts it on every script it renders; the response gets
// the same policy. Pages are rendered per request (their data comes from Next's cache), so
// every page carries the nonce of its own request.

export const NONCE_HEADER = "x-nonce";

export function newNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_");
}

/** Security headers for a response, the CSP with `nonce` (none: no scripts), HSTS over HTTPS. */
export function applySecurityHeaders(headers: Headers, nonce: string | null, https: boolean): void {
  for (const h of securityHeaders) headers.set(h.key, h.value);
  headers.set("Content-Security-Policy", contentSecurityPolicy(nonce));
  if (https) headers.set(strictTransportSecurity.key, strictTransportSecurity.value);
}
