import { contentSecurityPolicy, securityHeaders, strictTransportSecurity } from "./security-headers.js";

// Per-request CSP nonces (proxy.ts). Next reads the nonce from the request's
// Content-Security-Policy header and puts it on every script it renders; the response gets
// the same policy. The agenda page cache stores pages rendered with some earlier nonce:
// withNonce() swaps it for the current request's before the page is sent.

export const NONCE_HEADER = "x-nonce";

export function newNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_");
}

/** The page's own nonce replaced by `nonce` everywhere it occurs (attributes and payload). */
export function withNonce(html: string, nonce: string | null): string {
  const old = /\bnonce="([A-Za-z0-9_\-+/=]{16,})"/.exec(html)?.[1];
  if (!old || !nonce || old === nonce) return html;
  return html.split(old).join(nonce);
}

/** Security headers for a response, the CSP with `nonce` (none: no scripts), HSTS over HTTPS. */
export function applySecurityHeaders(headers: Headers, nonce: string | null, https: boolean): void {
  for (const h of securityHeaders) headers.set(h.key, h.value);
  headers.set("Content-Security-Policy", contentSecurityPolicy(nonce));
  if (https) headers.set(strictTransportSecurity.key, strictTransportSecurity.value);
}
