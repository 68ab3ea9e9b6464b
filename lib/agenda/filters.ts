import { z } from "zod";
import "@/lib/validation/zod-messages";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { isValidTimeZone } from "../time/zones.ts";
import { SESSION_TYPES, type AgendaSessionType, type PublicAgenda } from "./types.ts";

// The agenda's filters live in the URL (a GET form) so a filtered view can be shared and
// works without JavaScript. A bad parameter never breaks the page: it is dropped and
// reported as a note the page shows ("Unknown time zone … ignored").

export const ONLINE_VENUE = "online";

export interface AgendaFilters {
  venue: string | null; // a venue id, or "online"
  track: string | null; // a track id
  type: AgendaSessionType | null;
  language: Locale | null;
  tz: string | null;
  bilingual: [Locale, Locale] | null;
}

export type FilterParam = "venue" | "track" | "type" | "language" | "tz" | "bi";
export interface FilterNote {
  param: FilterParam;
  /** The rejected value, cut to 60 characters for display. */
  value: string;
}

export const EMPTY_FILTERS: AgendaFilters = { venue: null, track: null, type: null, language: null, tz: null, bilingual: null };

const text = z.string().trim().min(1).max(100);
const paramSchemas = {
  venue: text,
  track: text,
  type: z.enum(SESSION_TYPES),
  language: z.string().refine(isLocale),
  tz: text.refine(isValidTimeZone),
  bi: z
    .string()
    .transform((v) => v.split("|"))
    .pipe(z.tuple([z.string().refine(isLocale), z.string().refine(isLocale)]))
    .refine(([a, b]) => a !== b),
};

export type RawSearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v === undefined || v === "" ? undefined : v;
}

/** Parses the agenda's URL parameters against what the event actually has. */
export function parseAgendaFilters(
  params: RawSearchParams,
  agenda: Pick<PublicAgenda, "venues" | "sessions" | "tracks">,
): { filters: AgendaFilters; notes: FilterNote[] } {
  const filters: AgendaFilters = { ...EMPTY_FILTERS };
  const notes: FilterNote[] = [];
  const venueIds = new Set(agenda.venues.map((v) => v.id));
  const tracks = new Set(agenda.tracks.map((t) => t.id));
  const reject = (param: FilterParam, value: string) => notes.push({ param, value: value.slice(0, 60) });

  for (const param of Object.keys(paramSchemas) as FilterParam[]) {
    const raw = first(params[param]);
    if (raw === undefined) continue;
    const parsed = paramSchemas[param].safeParse(raw);
    if (!parsed.success) {
      reject(param, raw);
      continue;
    }
    const value = parsed.data;
    if (param === "venue") {
      if (value === ONLINE_VENUE || venueIds.has(value as string)) filters.venue = value as string;
      else reject(param, raw);
    } else if (param === "track") {
      if (tracks.has(value as string)) filters.track = value as string;
      else reject(param, raw);
    } else if (param === "type") filters.type = value as AgendaSessionType;
    else if (param === "language") filters.language = value as Locale;
    else if (param === "tz") filters.tz = value as string;
    else filters.bilingual = value as [Locale, Locale];
  }
  return { filters, notes };
}

/** Sessions matching every active filter. "online" matches sessions hosted at or relayed to an online venue. */
export function applyAgendaFilters(agenda: Pick<PublicAgenda, "venues" | "sessions">, filters: AgendaFilters): PublicAgenda["sessions"] {
  const onlineIds = new Set(agenda.venues.filter((v) => v.kind === "ONLINE").map((v) => v.id));
  return agenda.sessions.filter((s) => {
    const at = [s.hostVenueId, ...s.relayVenueIds];
    if (filters.venue === ONLINE_VENUE && !at.some((id) => onlineIds.has(id))) return false;
    if (filters.venue && filters.venue !== ONLINE_VENUE && !at.includes(filters.venue)) return false;
    if (filters.track && s.trackId !== filters.track) return false;
    if (filters.type && s.type !== filters.type) return false;
    if (filters.language && s.language !== filters.language && !s.interpretation.includes(filters.language)) return false;
    return true;
  });
}

/** The query string for a filter set (used by links such as the language and time-zone switch). */
export function filtersToSearch(filters: AgendaFilters): string {
  const q = new URLSearchParams();
  if (filters.venue) q.set("venue", filters.venue);
  if (filters.track) q.set("track", filters.track);
  if (filters.type) q.set("type", filters.type);
  if (filters.language) q.set("language", filters.language);
  if (filters.tz) q.set("tz", filters.tz);
  if (filters.bilingual) q.set("bi", filters.bilingual.join("|"));
  const s = q.toString();
  return s ? `?${s}` : "";
}
