import { randomUUID } from "node:crypto";
import { callAction, sleep, timedFetch, type Session } from "./http.ts";
import { agreementForm, DEMO_SLUG, type World } from "./world.ts";

// Steady traffic for the restart drill: readers cycle through public pages (agenda with
// the uncached path: the drill server runs with ACCORD_AGENDA_CACHE=off), the calendar feed and a signed-in organizer page;
// writers record agreements (each with two new parties and an audit row) through the real
// server action. Every request is logged with its start/end time and outcome.

// shed: answered "unavailable" without reaching the database (proxy.ts's 503 page for reads,
// the action's own "not saved" answer for writes); unavailable: any such clear answer,
// including an action's "may not have been saved" when the database went away part-way.
export type Sample = {
  kind: "read" | "write";
  start: number;
  end: number;
  status: number;
  ok: boolean;
  shed: string | null;
  unavailable: boolean;
  error?: string;
  key?: string;
};
export type Traffic = { samples: Sample[]; stop: () => Promise<void> };

const PAUSE_MS = 50; // per virtual user between requests: steady, not a tight loop

export function startTraffic(options: {
  baseUrl: string;
  world: World;
  organizer: Session;
  createAgreementId: string;
  readers: number;
  writers: number;
  label: string;
}): Traffic {
  const { baseUrl, world, organizer } = options;
  const samples: Sample[] = [];
  let running = true;
  const reads: { path: string; signedIn?: boolean }[] = [
    { path: `/en/events/${DEMO_SLUG}/agenda` },
    { path: `/en/events/${DEMO_SLUG}` },
    { path: `/en/events/${DEMO_SLUG}/sessions/${world.sessionIds[0]}` },
    { path: `/api/calendar/events/${DEMO_SLUG}` },
    { path: `/organizer/events/${world.eventId}/agreements`, signedIn: true },
  ];
  const reader = async (n: number) => {
    for (let i = n; running; i += 1) {
      const { path, signedIn } = reads[i % reads.length];
      const start = performance.now();
      const r = await timedFetch(baseUrl + path, { headers: signedIn ? { cookie: organizer.cookie } : {} });
      samples.push({
        kind: "read",
        start,
        end: start + r.ms,
        status: r.status,
        ok: r.status === 200,
        shed: r.headers.get("x-accord-shed"),
        unavailable: r.status === 503,
        error: r.error,
      });
      await sleep(PAUSE_MS);
    }
  };
  const writer = async () => {
    const page = `/organizer/events/${world.eventId}/agreements/new`;
    while (running) {
      const key = randomUUID();
      const form = agreementForm(world.eventId, key, `${options.label} ${key.slice(0, 8)}`);
      const start = performance.now();
      const r = await callAction(baseUrl, page, options.createAgreementId, form, organizer, { withState: true });
      const shed = r.shed ?? (r.unavailable === "not-attempted" ? "action: not saved" : null);
      samples.push({
        kind: "write",
        start,
        end: start + r.ms,
        status: r.status,
        ok: r.ok && Boolean(r.redirect),
        shed,
        unavailable: r.status === 503 || r.unavailable !== null,
        error: r.error,
        key,
      });
      await sleep(PAUSE_MS);
    }
  };
  const all = [...Array.from({ length: options.readers }, (_, i) => reader(i)), ...Array.from({ length: options.writers }, writer)];
  return {
    samples,
    stop: async () => {
      running = false;
      await Promise.all(all);
    },
  };
}
