import type { LocalizedText } from "../i18n/localized-text.ts";

// The public agenda as built once per event and cached (server/public-cache/cached-public-reads.ts).
// Plain JSON only (instants as ISO strings) so the same object can be cached, handed to
// client components and rendered by the embed and .ics builders without conversion.

export const SESSION_TYPES = [
  "PLENARY",
  "INDUSTRY_SEMINAR",
  "CITY_SEMINAR",
  "SIGNING_CEREMONY",
  "VIDEO_MESSAGES",
  "BREAK",
  "NETWORKING",
] as const;
export type AgendaSessionType = (typeof SESSION_TYPES)[number];

export type AgendaEventStatus = "PUBLISHED" | "LIVE" | "CONCLUDED";

export interface AgendaVenue {
  id: string;
  kind: "PHYSICAL" | "ONLINE";
  name: LocalizedText;
  city: LocalizedText;
  country: string | null;
  timeZone: string;
  capacity: number | null;
}

/** A track of the event, in the organizer's order; the colour is a palette name (lib/tracks). */
export interface AgendaTrack {
  id: string;
  name: LocalizedText;
  color: string;
}

export interface AgendaPerson {
  name: LocalizedText;
  honorific: LocalizedText;
  title: LocalizedText;
  affiliation: LocalizedText;
  role: "SPEAKER" | "MODERATOR" | "HOST";
}

export interface AgendaSession {
  id: string;
  type: AgendaSessionType;
  title: LocalizedText;
  abstract: LocalizedText;
  startsAt: string;
  endsAt: string;
  hostVenueId: string;
  relayVenueIds: string[];
  trackId: string | null;
  language: string;
  interpretation: string[];
  /** Speakers, moderators and hosts, ordered by protocol precedence. */
  people: AgendaPerson[];
}

export interface AgendaEvent {
  id: string;
  slug: string;
  status: AgendaEventStatus;
  title: LocalizedText;
  subtitle: LocalizedText;
  /** Content languages in the organizer's order; the first is the fallback. */
  languages: string[];
  primaryTimeZone: string;
  startDate: string;
  endDate: string;
  streamLinksPublic: boolean;
}

export interface PublicAgenda {
  event: AgendaEvent;
  venues: AgendaVenue[];
  tracks: AgendaTrack[];
  sessions: AgendaSession[];
  builtAt: string;
}
