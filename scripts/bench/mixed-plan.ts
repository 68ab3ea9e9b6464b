import { mixSequence, seededRandom, weightedPicker, type Weighted } from "./seeded-mix.ts";

// The mixed scenario's requests: 95% reads (anonymous public pages in en/zh/ja, a few
// signed-in delegate pages), 5% organizer writes through server actions. Everything here
// is decided by the seed, so runs with the same seed send the same sequence.

export type Role = "anon" | "delegate";
export type Locale = "en" | "zh" | "ja";
export type WriteName = "editSession" | "editAgreement" | "recordAgreement";
export type PlannedRead = { kind: "read"; name: string; role: Role; path: string; locale: Locale; until?: string };
export type PlannedWrite = { kind: "write"; name: WriteName; target: number };
export type Planned = PlannedRead | PlannedWrite;

/** The ids a plan needs from the seeded database. */
export type PlanTargets = {
  slug: string;
  sessionIds: readonly string[];
  venueIds: readonly string[];
  tracks: readonly string[];
  calendarToken: string;
  editableSessions: number;
  editableAgreements: number;
};

type ReadTemplate = { name: string; role: Role; paths: (t: PlanTargets) => string[]; until?: string };

// Weights are per cent of reads. The agenda (the page-cached one) is the most read page,
// as on an event day; session pages and calendars follow. A live tally board opens the
// event stream, takes the first tally and leaves (its watcher must go with it).
export const READ_TEMPLATES: readonly Weighted<ReadTemplate>[] = [
  { weight: 33, value: { name: "agenda", role: "anon", paths: (t) => agendaPaths(t) } },
  { weight: 14, value: { name: "event page", role: "anon", paths: (t) => [`/en/events/${t.slug}`] } },
  {
    weight: 16,
    value: { name: "session page", role: "anon", paths: (t) => t.sessionIds.map((id) => `/en/events/${t.slug}/sessions/${id}`) },
  },
  { weight: 6, value: { name: "tally page", role: "anon", paths: (t) => [`/en/events/${t.slug}/tally`] } },
  {
    weight: 2,
    value: {
      name: "tally stream (first tally)",
      role: "anon",
      paths: (t) => [`/api/events/${t.slug}/tally/stream`],
      until: "event: tally",
    },
  },
  { weight: 5, value: { name: "event .ics", role: "anon", paths: (t) => [`/api/calendar/events/${t.slug}`] } },
  { weight: 4, value: { name: "session .ics", role: "anon", paths: (t) => t.sessionIds.map((id) => `/api/calendar/sessions/${id}`) } },
  { weight: 3, value: { name: "embed agenda", role: "anon", paths: (t) => [`/embed/events/${t.slug}/agenda`] } },
  { weight: 8, value: { name: "me/agenda (delegate)", role: "delegate", paths: () => ["/me/agenda"] } },
  { weight: 5, value: { name: "agenda (delegate)", role: "delegate", paths: (t) => [`/en/events/${t.slug}/agenda`] } },
  { weight: 4, value: { name: "personal .ics (delegate)", role: "delegate", paths: (t) => [`/api/calendar/personal/${t.calendarToken}`] } },
];

export const WRITE_TEMPLATES: readonly Weighted<WriteName>[] = [
  { weight: 3, value: "editSession" },
  { weight: 1, value: "editAgreement" },
  { weight: 1, value: "recordAgreement" },
];

const LOCALES: readonly Weighted<Locale>[] = [
  { weight: 40, value: "en" },
  { weight: 35, value: "zh" },
  { weight: 25, value: "ja" },
];

function agendaPaths(t: PlanTargets): string[] {
  const base = `/en/events/${t.slug}/agenda`;
  const q = (params: Record<string, string>) => `${base}?${new URLSearchParams(params)}`;
  return [
    base,
    q({ tz: "Europe/Berlin" }),
    q({ tz: "America/New_York" }),
    ...t.venueIds.slice(0, 3).map((venue) => q({ venue })),
    q({ venue: "online" }),
    q({ type: "PLENARY" }),
    q({ language: "ja" }),
    q({ bi: "zh|ja" }),
    ...t.tracks.slice(0, 2).map((track) => q({ track })),
  ];
}

/** The endless, seeded sequence of planned requests for these targets. */
export function mixedPlan(targets: PlanTargets, options: { seed: number; writeShare?: number }): () => Planned {
  const next = mixSequence({ seed: options.seed, writeShare: options.writeShare ?? 0.05, reads: READ_TEMPLATES, writes: WRITE_TEMPLATES });
  const detail = seededRandom(options.seed ^ 0x5bd1e995);
  const locale = weightedPicker(LOCALES);
  const paths = new Map(READ_TEMPLATES.map((r) => [r.value.name, r.value.paths(targets)]));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(detail() * list.length)];
  return () => {
    const step = next();
    if (step.kind === "read") {
      const list = paths.get(step.op.name)!;
      if (list.length === 0) throw new Error(`mixed plan: no paths for ${step.op.name}`);
      const read: PlannedRead = { kind: "read", name: step.op.name, role: step.op.role, path: pick(list), locale: locale(detail()) };
      return step.op.until ? { ...read, until: step.op.until } : read;
    }
    const count = step.op === "editSession" ? targets.editableSessions : step.op === "editAgreement" ? targets.editableAgreements : 1;
    return { kind: "write", name: step.op, target: Math.floor(detail() * Math.max(count, 1)) };
  };
}
