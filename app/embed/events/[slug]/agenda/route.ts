import { getTranslations } from "next-intl/server";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { SESSION_TYPES } from "@/lib/agenda/types";
import { agendaCachesOn } from "@/server/agenda/agenda-caches-on";
import { readPublicAgenda } from "@/server/agenda/get-public-agenda";
import { getOrRenderPage, type CachedPage } from "@/server/agenda/page-cache";
import { renderEmbedHtml } from "@/server/agenda/render-embed-html";
import { currentLocale } from "@/server/i18n/request";

// A plain-HTML agenda for organizers' own sites. It must be framable, so it sends its own
// CSP with frame-ancestors * (and no script at all); next.config.js leaves /embed/** out of
// its catch-all headers. The rendered HTML is cached like the agenda page (page-cache.ts).
const EMBED_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors *; base-uri 'none'; form-action 'none'";

async function build(slug: string, locale: Locale, origin: string): Promise<CachedPage> {
  const { agenda } = await readPublicAgenda(slug);
  if (!agenda) return { status: 404, contentType: "text/html; charset=utf-8", body: "<!doctype html><title>404</title><p>Not found</p>" };
  const t = await getTranslations({ locale, namespace: "agenda" });
  const labels = {
    title: t("title"),
    host: t("times.host"),
    nextDay: t("times.nextDay"),
    previousDay: t("times.previousDay"),
    online: t("filters.online"),
    types: Object.fromEntries(SESSION_TYPES.map((type) => [type, t(`types.${type}`)])),
  };
  return { status: 200, contentType: "text/html; charset=utf-8", body: renderEmbedHtml(agenda, locale, labels, origin) };
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang");
  const locale: Locale = isLocale(lang) ? lang : await currentLocale();
  // The origin is part of the key: links in the HTML use it, and a forged Host header must
  // not change what other readers get. A process started with the agenda caches off renders every time.
  const render = () => build(slug, locale, url.origin);
  const page = agendaCachesOn() ? (await getOrRenderPage(`embed ${locale} ${url.origin} ${slug}`, render)).page : await render();
  return new Response(page.body, {
    status: page.status,
    headers: {
      "Content-Type": page.contentType,
      "Content-Security-Policy": EMBED_CSP,
      "Cache-Control": page.status === 200 ? "public, max-age=60" : "no-store",
    },
  });
}
