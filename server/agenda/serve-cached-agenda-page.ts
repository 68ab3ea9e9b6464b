import "server-only";
import { agendaPageKey, isAgendaPath, readerLocale } from "@/lib/agenda/page-cache-key";
import { NONCE_HEADER, withNonce } from "@/lib/csp";
import { PAGE_RENDER_HEADER, pageRenderToken } from "@/lib/agenda/page-render-token";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { splitLocale } from "@/lib/i18n/public-paths";
import { env } from "@/server/env";
import { agendaCachesOn } from "./agenda-caches-on.ts";
import { getOrRenderPage, type CachedPage } from "./page-cache.ts";

// Serves /events/<slug>/agenda to anonymous readers from the rendered-page cache. proxy.ts
// rewrites their requests here; on a miss the page is rendered once by asking this same
// server for it (marked with a secret PAGE_RENDER_HEADER so the proxy lets it through).

async function render(url: URL, locale: Locale): Promise<CachedPage> {
  const res = await fetch(url, {
    headers: { cookie: `${LOCALE_COOKIE}=${locale}`, "accept-language": locale, [PAGE_RENDER_HEADER]: pageRenderToken() },
    cache: "no-store",
    redirect: "manual",
  });
  return { status: res.status, contentType: res.headers.get("content-type") ?? "text/html; charset=utf-8", body: await res.text() };
}

export async function serveCachedAgendaPage(request: Request): Promise<Response> {
  // proxy.ts sends the page asked for in a header (an internal rewrite keeps the original
  // URL); the query parameter serves direct calls.
  const encoded = request.headers.get("x-accord-page-target") ?? new URL(request.url).searchParams.get("target") ?? "";
  const target = Buffer.from(encoded, "base64url").toString("utf8");
  const parsed = new URL(target, "http://internal");
  if (!target.startsWith("/") || !isAgendaPath(parsed.pathname)) return new Response("Not found", { status: 404 });
  const { ACCORD_INTERNAL_URL, PORT } = env();
  const url = new URL(parsed.pathname + parsed.search, ACCORD_INTERNAL_URL ?? `http://127.0.0.1:${PORT}`);
  // The language is the path's (/ja/events/…; isAgendaPath accepts prefixed paths only).
  const locale = splitLocale(parsed.pathname).locale ?? readerLocale(request.headers.get("cookie"), request.headers.get("accept-language"));
  const key = agendaPageKey(locale, parsed.pathname, parsed.search);

  // A process started with the agenda caches off (server/env.ts) renders every request.
  const cached = agendaCachesOn() ? await getOrRenderPage(key, () => render(url, locale)) : null;
  const page = cached?.page ?? (await render(url, locale));
  // The page was rendered with another request's nonce: give it this request's (proxy.ts).
  return new Response(withNonce(page.body, request.headers.get(NONCE_HEADER)), {
    status: page.status,
    headers: {
      "content-type": page.contentType,
      "cache-control": "no-cache",
      vary: "Cookie, Accept-Language",
      "x-accord-page-cache": !cached ? "off" : cached.hit ? "hit" : "miss",
    },
  });
}
