import { getTranslations } from "next-intl/server";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { SESSION_TYPES } from "@/lib/agenda/types";
import { CACHE_STATUS_HEADER, QUERY_COUNT_HEADER, queryCountHeaderAllowed } from "@/server/agenda/bench-mode";
import { readPublicAgenda } from "@/server/agenda/get-public-agenda";
import { renderEmbedHtml } from "@/server/agenda/render-embed-html";
import { currentLocale } from "@/server/i18n/request";

// A plain-HTML agenda for organizers' own sites. It must be framable, so it sends its own
// CSP with frame-ancestors * (and no script at all). next.config.js's catch-all headers
// must exclude /embed/** for this to take effect; see the integrator notes.
const EMBED_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors *; base-uri 'none'; form-action 'none'";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang");
  const locale: Locale = isLocale(lang) ? lang : await currentLocale();
  const read = await readPublicAgenda(slug, { bypassCache: url.searchParams.get("nocache") === "1" });
  const debug: Record<string, string> = queryCountHeaderAllowed() ? { [QUERY_COUNT_HEADER]: String(read.queries), [CACHE_STATUS_HEADER]: read.cache } : {};
  if (!read.agenda) {
    return new Response("<!doctype html><title>404</title><p>Not found</p>", { status: 404, headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": EMBED_CSP, ...debug } });
  }
  const t = await getTranslations({ locale, namespace: "agenda" });
  const labels = {
    title: t("title"), host: t("times.host"), nextDay: t("times.nextDay"), previousDay: t("times.previousDay"), online: t("filters.online"),
    types: Object.fromEntries(SESSION_TYPES.map((type) => [type, t(`types.${type}`)])),
  };
  return new Response(renderEmbedHtml(read.agenda, locale, labels, url.origin), {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": EMBED_CSP,
      "Cache-Control": "public, max-age=60",
      ...debug,
    },
  });
}
