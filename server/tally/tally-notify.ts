import "server-only";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { db } from "../db/client.ts";
import { env } from "../env.ts";
import type { TallyChange } from "./tally-events.ts";

// Cross-process half of the tally bus: after a committed write the writer sends
// pg_notify('accord_tally', payload); every server process LISTENs on ONE dedicated
// connection and hands the event id to its in-process subscribers. Another app process, a
// script or psql can therefore move the boards too: a bare event id is a valid payload.
// The embedded default is a real PostgreSQL too (server/db/embedded.ts), so this runs
// everywhere except in tests, which drive the listener directly.

export const TALLY_CHANNEL = "accord_tally";
const RECONNECT_MIN_MS = 500;
// Capped low so that after a database restart boards catch up within a few seconds (npm run drill).
const RECONNECT_MAX_MS = 4_000;

type ListenerState = { origin: string; started?: TallyListener; reconnected?: Set<() => void> };
const g = globalThis as unknown as { accordTallyNotify?: ListenerState };
// Identifies this process's own notifications, which it has already fanned out locally.
const state: ListenerState = (g.accordTallyNotify ??= { origin: randomBytes(6).toString("hex") });

/** True outside tests: other processes may share the database. */
export function crossProcessTallyEnabled(): boolean {
  return env().NODE_ENV !== "test";
}

export function tallyPayload(change: TallyChange, origin = state.origin): string {
  return JSON.stringify({ eventId: change.eventId, origin, ...(change.topic ? { topic: change.topic } : {}) });
}

/** Fire and forget: a failed notification must not fail the write that already committed. */
export function notifyTallyChange(change: TallyChange): Promise<void> {
  return db().$executeRaw`SELECT pg_notify(${TALLY_CHANNEL}, ${tallyPayload(change)})`
    .then(() => undefined)
    .catch((error: unknown) => console.error("tally notify failed", error));
}

/** Parses a payload; null for our own or unreadable ones. */
export function parseTallyPayload(payload: string | undefined, origin = state.origin): TallyChange | null {
  if (!payload) return null;
  if (!payload.startsWith("{")) return { eventId: payload.trim() };
  try {
    const parsed = JSON.parse(payload) as { eventId?: unknown; origin?: unknown; topic?: unknown };
    if (typeof parsed.eventId !== "string" || parsed.origin === origin) return null;
    return parsed.topic === "attendance" ? { eventId: parsed.eventId, topic: "attendance" } : { eventId: parsed.eventId };
  } catch {
    return null;
  }
}

export type TallyListener = { ready: Promise<void>; stop: () => Promise<void> };
type ListenOptions = {
  connectionString: string;
  onChange: (change: TallyChange) => void;
  /** After a reconnect: notifications sent while we were away are lost, so resync. */
  onReconnect?: () => void;
  origin?: string;
};

/** One LISTEN connection that reconnects with backoff until stopped. */
export function startTallyListener(options: ListenOptions): TallyListener {
  let client: pg.Client | undefined;
  let stopped = false;
  let delay = RECONNECT_MIN_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let connectedOnce = false;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const retry = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, delay);
    delay = Math.min(delay * 2, RECONNECT_MAX_MS);
  };

  const connect = async () => {
    const c = new pg.Client({ connectionString: options.connectionString, connectionTimeoutMillis: 5_000, keepAlive: true });
    client = c;
    c.on("notification", (m) => {
      const change = m.channel === TALLY_CHANNEL ? parseTallyPayload(m.payload, options.origin ?? state.origin) : null;
      if (change) options.onChange(change);
    });
    // Only the current client may schedule a reconnect; a replaced one just goes away.
    c.on("error", (error) => {
      if (client !== c) return;
      console.error("tally listener connection lost", error.message);
      c.end().catch(() => {});
      retry();
    });
    c.on("end", () => {
      if (client === c) retry();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${TALLY_CHANNEL}`);
      if (stopped) return void (await c.end().catch(() => {}));
      delay = RECONNECT_MIN_MS;
      if (connectedOnce) options.onReconnect?.();
      connectedOnce = true;
      markReady();
    } catch (error) {
      console.error("tally listener could not connect", (error as Error).message);
      c.end().catch(() => {});
      retry();
    }
  };

  void connect();
  return {
    ready,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await client?.end().catch(() => {});
    },
  };
}

/**
 * Starts this process's single listener once (no-op when cross-process is off). Every feed on
 * the bus (tally, attendance) passes the same `onChange` (the bus's delivery) and its own
 * `onReconnect`; all of them run after a reconnect.
 */
export function ensureTallyListener(onChange: ListenOptions["onChange"], onReconnect: () => void): void {
  const reconnected = (state.reconnected ??= new Set());
  reconnected.add(onReconnect);
  if (state.started || !crossProcessTallyEnabled()) return;
  state.started = startTallyListener({
    connectionString: env().DATABASE_URL,
    onChange,
    onReconnect: () => reconnected.forEach((resync) => resync()),
  });
}
