import { NextRequest, NextResponse } from "next/server";
import createIntlMiddleware from "next-intl/middleware";
import { isPublicPagePath, splitLocale } from "@/lib/i18n/public-paths";
import { routing } from "@/lib/i18n/routing";
import { isWorkspacePath, REQUESTED_PATH_HEADER } from "@/lib/auth/requested-path";
import { CANONICAL_HOST_ROUTE, CANONICAL_PATH_HEADER, canonicalRedirect, hostPolicy } from "@/lib/http/canonical-host";
import { shedWhenDatabaseUnavailable } from "@/lib/overload/shed-request";
import { applySecurityHeaders, NONCE_HEADER, newNonce } from "@/lib/csp";
import { httpDate, notModifiedSince } from "@/lib/http/not-modified";
import { publicDataStamp } from "@/lib/http/public-last-modified";

// Public pages have their language in the path (/en/events/…): next-intl's middleware
// redirects unprefixed ones once (cookie, else Accept-Language) and passes the path's
// language on to the render (lib/i18n/routing.ts).
//
// Every answer also gets its security headers here, with a Content-Security-Policy whose
// script nonce is new per request (lib/csp.ts): Next reads it from the request's CSP header
// and marks its own scripts. No authorization is decided here. What public pages read is
// cached by Next itself (server/public-cache/), not here; but a conditional GET of an
// anonymous public page whose copy is still good gets its 304 here, without a render
// (lib/http/not-modified.ts).

type Secured = { request: NextRequest; nonce: string; https: boolean };

const intl = createIntlMiddleware(routing);
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
// Anonymous public pages may be kept by a reverse proxy or CDN for a few seconds and served
// stale for a minute while it refetches: a burst of readers then costs one render per few
// seconds. Next keeps its own "private, no-store" for every other answer (it does not
// override a Cache-Control set here). max-age=0 keeps browsers to what they did before these
// pages had a Last-Modified: without it they would keep a copy fresh by heuristic (a tenth of
// its Last-Modified's age, up to 6 s after a 304) instead of asking.
const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=5, stale-while-revalidate=60";

/** The client's headers plus this request's CSP and nonce, which the page render reads. */
function forwardedHeaders({ request, nonce }: Secured): Headers {
  const forwarded = new Headers(request.headers);
  forwarded.set(NONCE_HEADER, nonce);
  forwarded.set("content-security-policy", `script-src 'nonce-${nonce}'`);
  return forwarded;
}

export async function proxy(request: NextRequest) {
  const secured: Secured = {
    request,
    nonce: newNonce(),
    https: request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
  };
  const response = await route(secured);
  // The embeddable agenda sets its own stricter policy (no scripts, framable anywhere).
  if (request.nextUrl.pathname.startsWith("/embed/")) return response;
  // A browser or cache merges a 304's headers into the page it stored: a new nonce there
  // would block the stored page's scripts (they carry the old one).
  if (response.status === 304) return response;
  // The 503 page is self-contained: no scripts at all.
  const isShed = response.headers.has("x-accord-shed");
  applySecurityHeaders(response.headers, isShed ? null : secured.nonce, secured.https);
  return response;
}

function route(secured: Secured): Response | Promise<Response> {
  const { request } = secured;
  // Load shedding first (lib/overload/): a 503 page at once while the database cannot serve.
  const shed = shedWhenDatabaseUnavailable(request);
  if (shed) return shed;
  const canonical = canonicalRedirect(
    {
      method: request.method,
      pathname: request.nextUrl.pathname,
      search: request.nextUrl.search,
      host: request.headers.get("host"),
      forwardedHost: request.headers.get("x-forwarded-host"),
    },
    // Read here, not through server/env.ts: the proxy cannot import server-only modules.
    hostPolicy(process.env.NEXTAUTH_URL, process.env.ACCORD_ALLOWED_ORIGINS),
  );
  if (canonical) return toCanonicalHost(request, new URL(canonical));
  if (isWorkspacePath(request.nextUrl.pathname)) return withRequestedPath(secured);
  if (!isPublicPagePath(request.nextUrl.pathname)) return NextResponse.next({ request: { headers: forwardedHeaders(secured) } });
  return localized(secured);
}

/**
 * A public page through next-intl's middleware: an unprefixed path is redirected to the
 * reader's language (query kept), a prefixed one goes on with its language in a request
 * header and hreflang alternates in a Link header. Never a cookie: a public answer must be
 * the same for everyone, so the reader's choice is set by the language switcher only.
 */
async function localized(secured: Secured): Promise<Response> {
  const { request } = secured;
  const response = intl(new NextRequest(request.url, { method: request.method, headers: forwardedHeaders(secured) }));
  response.headers.delete("set-cookie");
  if (!sharedCacheable(request) || response.headers.has("location")) return response;
  const now = Date.now();
  const since = await notModifiedSince(request.headers.get("if-modified-since"), now, publicDataStamp);
  if (since !== null) return notModified(since, response.headers.get("vary"));
  response.headers.set("Cache-Control", PUBLIC_CACHE_CONTROL);
  response.headers.set("Last-Modified", httpDate(now));
  return response;
}

/** Only what the stored copy may take over: never a Content-Security-Policy or a cookie. */
function notModified(since: number, vary: string | null): Response {
  // Last-Modified: the copy's own date back, so its age keeps counting from its render.
  const headers = new Headers({ "Cache-Control": PUBLIC_CACHE_CONTROL, "Last-Modified": httpDate(since) });
  if (vary) headers.set("Vary", vary);
  return new NextResponse(null, { status: 304, headers });
}

/** A page every anonymous reader gets alike: GET of a prefixed public page, no session, not the (personal) register page. */
function sharedCacheable(request: NextRequest): boolean {
  const { locale, rest } = splitLocale(request.nextUrl.pathname);
  return (
    (request.method === "GET" || request.method === "HEAD") &&
    locale !== null &&
    !rest.endsWith("/register") &&
    !SESSION_COOKIES.some((name) => request.cookies.has(name))
  );
}

/** The redirect is answered by app/api/canonical-host (see lib/http/canonical-host.ts for why not here). */
function toCanonicalHost(request: NextRequest, target: URL): Response {
  const route = request.nextUrl.clone();
  route.pathname = CANONICAL_HOST_ROUTE;
  route.search = "";
  const headers = new Headers(request.headers);
  headers.set(CANONICAL_PATH_HEADER, target.pathname + target.search);
  return NextResponse.rewrite(route, { request: { headers } });
}

/** The organizer layout sends anonymous readers to sign in and back here (lib/auth/requested-path.ts). */
function withRequestedPath(secured: Secured) {
  const forwarded = forwardedHeaders(secured);
  forwarded.set(REQUESTED_PATH_HEADER, secured.request.nextUrl.pathname + secured.request.nextUrl.search);
  return NextResponse.next({ request: { headers: forwarded } });
}

// Every request but Next's static assets and public files: load shedding applies to all pages,
// route handlers and server actions; next-intl's routing to public pages only.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|screenshots/|.*\\.(?:png|jpg|jpeg|svg|webp|ico|css|js|woff2?|txt)$).*)"],
};
