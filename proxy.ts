import { NextResponse, type NextRequest } from "next/server";
import { agendaPageKey, isAgendaPath, readerLocale } from "@/lib/agenda/page-cache-key";
import { isPageRender, PAGE_RENDER_HEADER } from "@/lib/agenda/page-render-token";
import { isWorkspacePath, REQUESTED_PATH_HEADER } from "@/lib/auth/requested-path";
import { canonicalRedirect, hostPolicy } from "@/lib/http/canonical-host";
import { shedWhenDatabaseUnavailable } from "@/lib/overload/shed-request";
import { applySecurityHeaders, NONCE_HEADER, newNonce, withNonce } from "@/lib/csp";

// Anonymous readers of a public agenda get the rendered page from a cache instead of a
// fresh React render per request: a hit is answered right here; a miss is rewritten to
// app/api/public-pages/agenda, which renders once and stores (server/agenda/page-cache.ts,
// cleared by every organizer write). Signed-in readers (their page shows bookmarks and
// stream links), client-side navigations (RSC payloads) and the cache's own render
// requests go to the page as usual. A speed path only: no authorization is decided here.
//
// Every answer also gets its security headers here, with a Content-Security-Policy whose
// script nonce is new per request (lib/csp.ts): Next reads it from the request's CSP header
// and marks its own scripts; cached agenda pages get their stored nonce swapped.

const TARGET_HEADER = "x-accord-page-target";
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

type Store = {
  generation: number;
  pages: Map<string, { status: number; contentType: string; body: string; expiresAt: number; generation: number }>;
};

type Secured = { request: NextRequest; nonce: string; https: boolean };

/** The stored page, read from the same process-wide store page-cache.ts writes. */
function cachedPage({ request, nonce }: Secured): Response | null {
  const store = (globalThis as unknown as { accordAgendaPages?: Store }).accordAgendaPages;
  if (!store) return null;
  const locale = readerLocale(request.headers.get("cookie"), request.headers.get("accept-language"));
  const entry = store.pages.get(agendaPageKey(locale, request.nextUrl.pathname, request.nextUrl.search));
  if (!entry || entry.expiresAt <= Date.now() || entry.generation !== store.generation) return null;
  const headers = new Headers({
    "content-type": entry.contentType,
    "cache-control": "no-cache",
    vary: "Cookie, Accept-Language",
    "x-accord-page-cache": "hit",
  });
  return new Response(withNonce(entry.body, nonce), { status: entry.status, headers });
}

/**
 * The client's headers minus the ones only this server may set (a forged render mark), plus
 * this request's CSP and nonce, which the page render and the agenda cache route read.
 */
function forwardedHeaders({ request, nonce }: Secured): Headers {
  const forwarded = new Headers(request.headers);
  forwarded.delete(PAGE_RENDER_HEADER);
  forwarded.set(NONCE_HEADER, nonce);
  forwarded.set("content-security-policy", `script-src 'nonce-${nonce}'`);
  return forwarded;
}

export function proxy(request: NextRequest) {
  const secured: Secured = {
    request,
    nonce: newNonce(),
    https: request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
  };
  const response = route(secured);
  // The embeddable agenda sets its own stricter policy (no scripts, framable anywhere).
  if (request.nextUrl.pathname.startsWith("/embed/")) return response;
  // The 503 page is self-contained: no scripts at all.
  const isShed = response.headers.has("x-accord-shed");
  applySecurityHeaders(response.headers, isShed ? null : secured.nonce, secured.https);
  return response;
}

function route(secured: Secured): Response {
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
  if (canonical) return NextResponse.redirect(canonical, 308);
  if (isWorkspacePath(request.nextUrl.pathname)) return withRequestedPath(secured);
  if (!isAgendaPath(request.nextUrl.pathname)) return NextResponse.next({ request: { headers: forwardedHeaders(secured) } });
  return agendaPageCache(secured);
}

/** The organizer layout sends anonymous readers to sign in and back here (lib/auth/requested-path.ts). */
function withRequestedPath(secured: Secured) {
  const forwarded = forwardedHeaders(secured);
  forwarded.set(REQUESTED_PATH_HEADER, secured.request.nextUrl.pathname + secured.request.nextUrl.search);
  return NextResponse.next({ request: { headers: forwarded } });
}

function agendaPageCache(secured: Secured) {
  const { request } = secured;
  const { headers, cookies, nextUrl } = request;
  const passThrough =
    request.method !== "GET" ||
    isPageRender(headers.get(PAGE_RENDER_HEADER)) ||
    headers.has("rsc") ||
    headers.has("next-router-prefetch") ||
    // Visible only because next.config.js sets skipProxyUrlNormalize (Next strips them otherwise).
    nextUrl.searchParams.has("_rsc") ||
    request.url.includes("_rsc=") ||
    SESSION_COOKIES.some((name) => cookies.has(name));
  if (passThrough) return NextResponse.next({ request: { headers: forwardedHeaders(secured) } });
  const hit = cachedPage(secured);
  if (hit) return hit;
  // Next rewrites internally when the origin matches its own (a server started with
  // -H 127.0.0.1 sees "localhost" and proxies over HTTP instead; both work). An internal
  // rewrite hands the route handler the original URL, so the page asked for travels in a
  // request header (base64url: no characters for anything to re-decode).
  const target = Buffer.from(nextUrl.pathname + nextUrl.search).toString("base64url");
  const forwarded = forwardedHeaders(secured);
  forwarded.set(TARGET_HEADER, target);
  return NextResponse.rewrite(new URL(`/api/public-pages/agenda?target=${target}`, request.url), { request: { headers: forwarded } });
}

// Every request but Next's static assets and public files: load shedding applies to all pages,
// route handlers and server actions; the agenda cache only to /events/:slug/agenda.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|screenshots/|.*\\.(?:png|jpg|jpeg|svg|webp|ico|css|js|woff2?|txt)$).*)"],
};
