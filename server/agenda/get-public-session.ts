import "server-only";
import { z } from "zod";
import type { AgendaSession, PublicAgenda } from "@/lib/agenda/types";
import { isLocale } from "@/lib/i18n/locales";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { getPublicAgenda } from "./get-public-agenda";
import { safeHttpUrl } from "./safe-url";

// One session of a public event, for its page. Stream and interpretation links are shown
// only to delegates with a confirmed registration for the event, unless the organizer made
// them public (event.streamLinksPublic); the rest comes from the cached agenda.

export interface SessionLinks {
  stream: string | null;
  /** Interpretation channels by language, from the host and relay venues. */
  interpretation: { language: string; url: string }[];
}

export interface PublicSessionView {
  agenda: PublicAgenda;
  session: AgendaSession;
  /** Null when the reader may not see them; `linksReason` says why. */
  links: SessionLinks | null;
  linksReason: "public" | "registered" | "sign_in" | "register";
  bookmarked: boolean;
  registered: boolean;
}

const inputSchema = z.object({ slug: z.string().min(1).max(200), sessionId: z.string().min(1).max(100) });

export async function getPublicSession(actor: CurrentUser | null, input: unknown): Promise<PublicSessionView | null> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return null;
  const agenda = await getPublicAgenda(parsed.data.slug);
  const session = agenda?.sessions.find((s) => s.id === parsed.data.sessionId);
  if (!agenda || !session) return null;

  const registration = actor
    ? await db().registration.findUnique({
        where: { eventId_userId: { eventId: agenda.event.id, userId: actor.id } },
        select: { status: true, bookmarks: { where: { sessionId: session.id }, select: { sessionId: true } } },
      })
    : null;
  const confirmed = registration?.status === "CONFIRMED";
  const canSee = agenda.event.streamLinksPublic || confirmed;
  const linksReason = agenda.event.streamLinksPublic ? "public" : confirmed ? "registered" : actor ? "register" : "sign_in";
  return {
    agenda,
    session,
    links: canSee ? await loadLinks(session) : null,
    linksReason,
    bookmarked: (registration?.bookmarks.length ?? 0) > 0 && registration?.status !== "CANCELLED",
    registered: !!registration && registration.status !== "CANCELLED",
  };
}

async function loadLinks(session: AgendaSession): Promise<SessionLinks> {
  const row = await db().session.findUnique({
    where: { id: session.id },
    select: {
      streamUrl: true,
      hostVenue: { select: { streamUrl: true, interpretationUrls: true } },
      relays: { select: { venue: { select: { streamUrl: true, interpretationUrls: true } } } },
    },
  });
  if (!row) return { stream: null, interpretation: [] };
  const venues = [row.hostVenue, ...row.relays.map((r) => r.venue)];
  const interpretation = new Map<string, string>();
  for (const venue of venues) {
    const urls = venue.interpretationUrls;
    if (!urls || typeof urls !== "object" || Array.isArray(urls)) continue;
    for (const [language, url] of Object.entries(urls as Record<string, unknown>)) {
      const safe = safeHttpUrl(url);
      if (isLocale(language) && session.interpretation.includes(language) && safe && !interpretation.has(language))
        interpretation.set(language, safe);
    }
  }
  return {
    stream: safeHttpUrl(row.streamUrl) ?? venues.map((v) => safeHttpUrl(v.streamUrl)).find(Boolean) ?? null,
    interpretation: [...interpretation].map(([language, url]) => ({ language, url })),
  };
}
