import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import type { PublicAgenda } from "@/lib/agenda/types";
import type { Locale } from "@/lib/i18n/locales";
import { loadPublicAgenda } from "@/server/agenda/load-agenda";
import { renderEmbedHtml, type EmbedLabels } from "@/server/agenda/render-embed-html";
import { getPublicEvent, type PublicEvent } from "@/server/events/get-public-event";
import { listPublishedEvents, type PublishedEventCard } from "@/server/events/list-published-events";
import { listPublicVideoMessages } from "@/server/video-messages/list-public-video-messages";
import { PUBLIC_TAG } from "./expire-public";

// Public reads through Next's cache ("use cache"; experimental.useCache in next.config.js):
// the same for every reader, keyed by their arguments, tagged PUBLIC_TAG and expired by
// expirePublicCaches() after every organizer write. The life is a safety net for what no
// write announces (an event turning "concluded" when its last day ends): refreshed in the
// background after a minute, dropped after five.
const PUBLIC_LIFE = { stale: 30, revalidate: 60, expire: 300 };

export async function cachedPublicAgenda(slug: string): Promise<PublicAgenda | null> {
  "use cache";
  cacheLife(PUBLIC_LIFE);
  cacheTag(PUBLIC_TAG);
  return loadPublicAgenda(slug);
}

/** The embeddable agenda, finished: a string template over the agenda, kept whole. */
export async function cachedEmbedAgendaHtml(slug: string, locale: Locale, labels: EmbedLabels, origin: string): Promise<string | null> {
  "use cache";
  cacheLife(PUBLIC_LIFE);
  cacheTag(PUBLIC_TAG);
  const agenda = await loadPublicAgenda(slug);
  return agenda ? renderEmbedHtml(agenda, locale, labels, origin) : null;
}

export async function cachedPublicEvent(slug: string): Promise<PublicEvent | null> {
  "use cache";
  cacheLife(PUBLIC_LIFE);
  cacheTag(PUBLIC_TAG);
  return getPublicEvent(slug);
}

export async function cachedPublishedEvents(): Promise<PublishedEventCard[]> {
  "use cache";
  cacheLife(PUBLIC_LIFE);
  cacheTag(PUBLIC_TAG);
  return listPublishedEvents();
}

export async function cachedPublicVideoMessages(slug: string): Promise<Awaited<ReturnType<typeof listPublicVideoMessages>>> {
  "use cache";
  cacheLife(PUBLIC_LIFE);
  cacheTag(PUBLIC_TAG);
  return listPublicVideoMessages({ slug });
}
