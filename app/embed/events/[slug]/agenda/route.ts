import { getTranslations } from "next-intl/server";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { SESSION_TYPES } from "@/lib/agenda/types";
import { embedAgendaHtml } from "@/server/agenda/embed-agenda-html";
import { currentLocale } from "@/server/i18n/request";

// A plain-HTML agenda for organizers' own sites. It must be framable, so it sends its own
// CSP with frame-ancestors * (and no script at all); next.config.js leaves /embed/** out of
// its catch-all headers. The finished HTML comes from Next's cache (server/public-cache/),
// expired with the public data.
const EMBED_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors *; base-uri 'none'; form-action 'none'";

type Page = { status: number; contentType: string; body: string };

async function build(slug: string, locale: Locale, origin: string): Promise<Page> {
  const t = await getTranslations({ locale, namespace: "agenda" });
  const labels = {
    title: t("title"),
    host: t("times.host"),
    nextDay: t("times.nextDay"),
    previousDay: t("times.previousDay"),
    online: t("filters.online"),
    types: Object.fromEntries(SESSION_TYPES.map((type) => [type, t(`types.${type}`)])),
  };
  const body = await embedAgendaHtml(slug, locale, labels, origin);
  if (body === null)
    return { status: 404, contentType: "text/html; charset=utf-8", body: "<!doctype html><title>404</title><p>Not found</p>" };
  return { status: 200, contentType: "text/html; charset=utf-8", body };
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang");
  const locale: Locale = isLocale(lang) ? lang : await currentLocale();
  const page = await build(slug, locale, url.origin);
  return new Response(page.body, {
    status: page.status,
    headers: {
      "Content-Type": page.contentType,
      "Content-Security-Policy": EMBED_CSP,
      "Cache-Control": page.status === 200 ? "public, max-age=60" : "no-store",
    },
  });
}
