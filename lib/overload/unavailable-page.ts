import type { Locale } from "@/lib/i18n/locales";
import { applySecurityHeaders } from "@/lib/csp";
import en from "@/lib/i18n/messages/availability/en.json";
import ja from "@/lib/i18n/messages/availability/ja.json";
import zh from "@/lib/i18n/messages/availability/zh.json";
import type { ShedReason } from "./shed-decision.ts";

// The page a shed request gets: HTTP 503 with Retry-After, in the reader's language,
// self-contained (no scripts, no database, no React render) so it costs next to nothing.

const MESSAGES = { en, zh, ja } as const;
/** Seconds a client should wait: a stalled pool clears quickly, a restart takes a few seconds. */
export const RETRY_AFTER_S: Record<ShedReason, number> = { busy: 2, unavailable: 5 };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function unavailablePageHtml(reason: ShedReason, locale: Locale): string {
  const m = MESSAGES[locale];
  const text = m[reason];
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(text.title)}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:6rem auto;padding:0 1rem;color:#1c1917;text-align:center">
<main role="alert"><h1 style="font-size:1.75rem">${escape(text.title)}</h1><p style="font-size:1.125rem;color:#57534e">${escape(text.body)}</p>
<p><a href="" style="display:inline-block;margin-top:1.5rem;padding:.6rem 1.2rem;border-radius:.5rem;background:#1c1917;color:#fff;text-decoration:none">${escape(m.retry)}</a></p></main></body></html>`;
}

export function unavailableResponse(reason: ShedReason, locale: Locale): Response {
  const headers = new Headers({
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "retry-after": String(RETRY_AFTER_S[reason]),
    "x-accord-shed": reason,
  });
  applySecurityHeaders(headers, null, false);
  return new Response(unavailablePageHtml(reason, locale), { status: 503, headers });
}
