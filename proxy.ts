import { NextResponse, type NextRequest } from "next/server";

// Anonymous readers of a public agenda get the rendered page from a cache
// (server/agenda/serve-cached-agenda-page.ts) instead of a fresh React render per request.
// Signed-in readers (their page shows bookmarks and stream links), client-side navigations
// (RSC payloads) and the cache's own render requests go to the page as usual.
// This is a speed path only: no authorization decision is made here.

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const { headers, cookies, nextUrl } = request;
  const passThrough =
    request.method !== "GET" ||
    headers.has("x-accord-page-render") ||
    headers.has("rsc") ||
    headers.has("next-router-prefetch") ||
    nextUrl.searchParams.has("_rsc") ||
    SESSION_COOKIES.some((name) => cookies.has(name));
  if (passThrough) return NextResponse.next();
  const url = nextUrl.clone();
  url.pathname = "/api/public-pages/agenda";
  // base64url: Next decodes a rewrite's query once, which would split an encoded "&".
  url.search = `?target=${Buffer.from(nextUrl.pathname + nextUrl.search).toString("base64url")}`;
  return NextResponse.rewrite(url);
}

export const config = { matcher: "/events/:slug/agenda" };
