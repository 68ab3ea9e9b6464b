import pg from "pg";
import { utcToLocal } from "../../lib/time/convert.ts";
import { AGREEMENT_TYPES } from "../../lib/agreements/agreement-enums.ts";
import { SECTOR_CODES } from "../../lib/agreements/sectors.ts";

// The demo records the drills act on, read straight from the database, and the form
// fields the app's own forms would post for them.

export const DEMO_SLUG = "dialogue-with-shandong-2020";
export { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/seed/demo-users.ts";
export type Fields = [string, string][];

export type World = {
  eventId: string;
  sessionIds: string[];
  venueIds: string[];
};

export async function readWorld(databaseUrl: string): Promise<World> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const event = await c.query<{ id: string }>(`SELECT id FROM "Event" WHERE slug = $1`, [DEMO_SLUG]);
    const eventId = event.rows[0].id;
    const sessions = await c.query<{ id: string }>(`SELECT id FROM "Session" WHERE "eventId" = $1 ORDER BY "startsAt", id`, [eventId]);
    const venues = await c.query<{ id: string }>(`SELECT id FROM "Venue" WHERE "eventId" = $1 ORDER BY id`, [eventId]);
    return { eventId, sessionIds: sessions.rows.map((r) => r.id), venueIds: venues.rows.map((r) => r.id) };
  } finally {
    await c.end();
  }
}

/** The agreement form as typed by an organizer: title, sector, type and one new party per side. */
export function agreementForm(eventId: string, key: string, label: string): Fields {
  return [
    ["eventId", eventId],
    ["idempotencyKey", key],
    ["title.en", label],
    ["title.zh", ""],
    ["title.ja", ""],
    ["sector", SECTOR_CODES[0]],
    ["type", AGREEMENT_TYPES[0]],
    ["status", "SIGNED"],
    ["visibility", "PUBLIC"],
    ["value", ""],
    ["currency", ""],
    ["cityA.en", ""],
    ["cityB.en", ""],
    ["venueId", ""],
    ["sessionId", ""],
    ["signedAtLocal", ""],
    ["newPartiesA", `${label} party A`],
    ["newPartiesB", `${label} party B`],
  ];
}

type SessionRow = {
  id: string;
  eventId: string;
  type: string;
  title: Record<string, string>;
  abstract: Record<string, string> | null;
  startsAt: Date;
  endsAt: Date;
  hostVenueId: string;
  timeZone: string;
  trackId: string | null;
  language: string;
  interpretation: string[];
  streamUrl: string | null;
  version: number;
};

/** The session edit form as the organizer page fills it, with a new English title. */
export async function sessionForm(
  databaseUrl: string,
  sessionId: string,
  titleEn: string,
  version?: number,
): Promise<{ fields: Fields; version: number }> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const {
      rows: [s],
    } = await c.query<SessionRow>(`SELECT s.*, v."timeZone" FROM "Session" s JOIN "Venue" v ON v.id = s."hostVenueId" WHERE s.id = $1`, [
      sessionId,
    ]);
    const relays = await c.query<{ venueId: string }>(`SELECT "venueId" FROM "SessionRelay" WHERE "sessionId" = $1`, [sessionId]);
    const roles = await c.query<{ personId: string; role: string }>(
      `SELECT "personId", role FROM "SessionRole" WHERE "sessionId" = $1 AND role IN ('SPEAKER','MODERATOR') ORDER BY position, "personId"`,
      [sessionId],
    );
    const v = version ?? s.version;
    const fields: Fields = [
      ["eventId", s.eventId],
      ["sessionId", s.id],
      ["version", String(v)],
      ["type", s.type],
      ["title.en", titleEn],
      ["title.zh", s.title.zh ?? ""],
      ["title.ja", s.title.ja ?? ""],
      ["abstract.en", s.abstract?.en ?? ""],
      ["abstract.zh", s.abstract?.zh ?? ""],
      ["abstract.ja", s.abstract?.ja ?? ""],
      ["startLocal", utcToLocal(s.startsAt, s.timeZone)],
      ["endLocal", utcToLocal(s.endsAt, s.timeZone)],
      ["hostVenueId", s.hostVenueId],
      ["trackId", s.trackId ?? ""],
      ["language", s.language],
      ["streamUrl", s.streamUrl ?? ""],
      ["acceptWarnings", "on"],
      ...relays.rows.map((r): [string, string] => ["relayVenueIds[]", r.venueId]),
      ...s.interpretation.map((l): [string, string] => ["interpretation[]", l]),
      ...roles.rows.filter((r) => r.role === "SPEAKER").map((r): [string, string] => ["speakerIds[]", r.personId]),
      ...roles.rows.filter((r) => r.role === "MODERATOR").map((r): [string, string] => ["moderatorIds[]", r.personId]),
    ];
    return { fields, version: v };
  } finally {
    await c.end();
  }
}
