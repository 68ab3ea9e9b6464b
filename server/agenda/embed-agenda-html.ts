import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { insideNext } from "@/server/public-cache/expire-public";
import { cachedEmbedAgendaHtml } from "@/server/public-cache/cached-public-reads";
import { agendaCachesOn } from "./agenda-caches-on";
import { loadPublicAgenda } from "./load-agenda";
import { renderEmbedHtml, type EmbedLabels } from "./render-embed-html";

/** The embeddable agenda's HTML (null: no public event), from Next's cache like getPublicAgenda(). */
export async function embedAgendaHtml(slug: string, locale: Locale, labels: EmbedLabels, origin: string): Promise<string | null> {
  if (agendaCachesOn() && insideNext()) return cachedEmbedAgendaHtml(slug, locale, labels, origin);
  const agenda = await loadPublicAgenda(slug);
  return agenda ? renderEmbedHtml(agenda, locale, labels, origin) : null;
}
