// A deployment answers on its public address (NEXTAUTH_URL) and on the origins listed in
// ACCORD_ALLOWED_ORIGINS. Reached under any other host name (127.0.0.1 when the address says
// localhost, a bare IP, an old domain), the session cookie of the public address is not sent,
// so every save and every signed-in page bounced through /sign-in, in a loop for RSC
// requests. Instead, a page request on another host is sent once, permanently, to the same
// path on the public address; the target is always that address (no open redirect), so a
// forged Host or X-Forwarded-Host can at most skip or cause that one redirect.

//
// The redirect itself is answered by a route handler (app/api/canonical-host), to which the
// proxy rewrites: a redirect returned by proxy.ts to Next's own name for itself
// (http://localhost:<port>, the default public address of `npm start`) is made relative by
// Next, and a page opened as 127.0.0.1 then redirected to itself, in a loop.

export const CANONICAL_HOST_ROUTE = "/api/canonical-host";
/** The path and query to redirect to, set by proxy.ts on the rewritten request. */
export const CANONICAL_PATH_HEADER = "x-accord-canonical-path";

export type HostPolicy = { appOrigin: string | null; allowedOrigins: readonly string[] };
export type PageRequest = { method: string; pathname: string; search: string; host: string | null; forwardedHost: string | null };

const hostOf = (origin: string) => (URL.canParse(origin) ? new URL(origin).host.toLowerCase() : null);

/** The canonical URL to redirect to, or null to serve the request here. */
export function canonicalRedirect(request: PageRequest, policy: HostPolicy): string | null {
  if (!policy.appOrigin || !hostOf(policy.appOrigin)) return null;
  // Only page loads: API routes (health checks by IP, calendar feeds) and posts are left alone.
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.pathname.startsWith("/api/") || request.pathname.startsWith("/_next/")) return null;
  const seen = (request.forwardedHost?.split(",")[0] ?? request.host ?? "").trim().toLowerCase();
  if (!seen) return null;
  const allowed = [policy.appOrigin, ...policy.allowedOrigins].map(hostOf);
  if (allowed.includes(seen)) return null;
  // RSC payload requests (?_rsc=) would follow a cross-origin redirect into a CORS error; the
  // browser then loads the page itself, which this redirect answers, once.
  const params = new URLSearchParams(request.search);
  params.delete("_rsc");
  const query = params.toString();
  return `${new URL(policy.appOrigin).origin}${request.pathname}${query ? `?${query}` : ""}`;
}

/** The policy from NEXTAUTH_URL and ACCORD_ALLOWED_ORIGINS (validated at start-up by server/env.ts). */
export function hostPolicy(nextAuthUrl: string | undefined, allowedOrigins: string | undefined): HostPolicy {
  const appOrigin = nextAuthUrl && URL.canParse(nextAuthUrl) ? new URL(nextAuthUrl).origin : null;
  return { appOrigin, allowedOrigins: (allowedOrigins ?? "").split(/[\s,]+/).filter(Boolean) };
}

/**
 * The redirect target for the canonical-host route: the given path and query on the public
 * address. Anything but a plain local path (an absolute URL, //host, /\host) gives null, so
 * calling the route directly can only ever lead to the public address itself.
 */
export function canonicalTarget(appOrigin: string | null, to: string | null): string | null {
  if (!appOrigin || !URL.canParse(appOrigin) || !to || !to.startsWith("/") || /^\/[/\\]/.test(to)) return null;
  const origin = new URL(appOrigin).origin;
  const target = new URL(to, origin);
  return target.origin === origin ? target.toString() : null;
}
