// Security headers. The Content-Security-Policy carries a fresh nonce per request, so
// proxy.ts sets it (lib/csp.ts); next.config.js sends the rest on every response. Plain JS
// so next.config.js can import it.
const isDev = process.env.NODE_ENV !== "production";

/**
 * The policy for a page rendered with `nonce`: only scripts carrying it (Next adds it to its
 * own, reading it from the request's CSP header) and what they load ('strict-dynamic').
 * Without a nonce (self-contained pages such as the 503 page) no script runs at all.
 */
export function contentSecurityPolicy(nonce) {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}` : "'none'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' https: blob:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

/** Sent only on responses to HTTPS requests (browsers ignore it over HTTP anyway). */
export const strictTransportSecurity = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };

export const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];
