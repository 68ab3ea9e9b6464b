import "server-only";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { currentLocale } from "@/server/i18n/request";
import type { IcsContext } from "./session-to-ics";

// Shared by the three .ics route handlers: the language (?lang=, else the reader's UI
// language) and the origin for links, and the response with calendar headers.

export async function icsContext(request: Request): Promise<IcsContext> {
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang");
  const locale: Locale = isLocale(lang) ? lang : await currentLocale();
  return { locale, origin: url.origin };
}

export function icsResponse(body: string | null, filename: string, options: { private?: boolean } = {}): Response {
  if (body === null)
    return new Response("Not found\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `${options.private ? "inline" : "attachment"}; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "Cache-Control": options.private ? "private, no-store" : "public, max-age=60",
      ...(options.private ? { "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex" } : {}),
    },
  });
}
