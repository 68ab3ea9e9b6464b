import { randomBytes } from "node:crypto";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { adminUrl, withDatabase } from "../testing/admin-url.ts";
import { migrate, MIGRATIONS_DIR } from "./migrate.ts";

// The migration that made tracks records keeps existing databases' data: each event's track
// slugs become Track rows and sessions point at them. Run against a database migrated up to
// just before it, holding sessions written the old way.
const TRACKS = "20261201104932_tracks";
const name = `accord_trk_${randomBytes(4).toString("hex")}`;
let tempDir: string | undefined;

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

afterAll(async () => {
  await sql(adminUrl(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

describe(`migration ${TRACKS}`, () => {
  it("turns each event's track slugs into named, coloured Track rows and links the sessions", async () => {
    await sql(adminUrl(), `CREATE DATABASE "${name}"`);
    const url = withDatabase(adminUrl(), name);
    tempDir = await mkdtemp(path.join(tmpdir(), "accord-mig-"));
    for (const entry of await readdir(MIGRATIONS_DIR, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name >= TRACKS) continue;
      await cp(path.join(MIGRATIONS_DIR, entry.name), path.join(tempDir, entry.name), { recursive: true });
    }
    await migrate(url, { dir: tempDir });

    await sql(
      url,
      `
      INSERT INTO "Organization" (id, slug, name, country) VALUES ('o1', 'o1', '{"en":"Org"}', 'CN');
      INSERT INTO "Event" (id, "organizationId", slug, title, "sideAName", "sideBName", languages, "primaryTimeZone", "startDate", "endDate", "updatedAt")
        VALUES ('e1', 'o1', 'e1', '{"en":"One"}', '{"en":"A"}', '{"en":"B"}', '{en}', 'Asia/Shanghai', '2020-07-30', '2020-07-30', now()),
               ('e2', 'o1', 'e2', '{"en":"Two"}', '{"en":"A"}', '{"en":"B"}', '{en}', 'Asia/Shanghai', '2020-07-30', '2020-07-30', now());
      INSERT INTO "Venue" (id, "eventId", kind, name, "timeZone", "updatedAt") VALUES ('v1', 'e1', 'PHYSICAL', '{"en":"V"}', 'Asia/Shanghai', now()),
        ('v2', 'e2', 'PHYSICAL', '{"en":"V"}', 'Asia/Shanghai', now());
      INSERT INTO "Session" (id, "eventId", type, title, "startsAt", "endsAt", "hostVenueId", track, language, "updatedAt") VALUES
        ('s1', 'e1', 'PLENARY', '{"en":"a"}', now(), now(), 'v1', 'city-jinan', 'zh', now()),
        ('s2', 'e1', 'PLENARY', '{"en":"b"}', now(), now(), 'v1', 'city-jinan', 'zh', now()),
        ('s3', 'e1', 'PLENARY', '{"en":"c"}', now(), now(), 'v1', 'high-end-equipment', 'zh', now()),
        ('s4', 'e1', 'PLENARY', '{"en":"d"}', now(), now(), 'v1', NULL, 'zh', now()),
        ('s5', 'e2', 'PLENARY', '{"en":"e"}', now(), now(), 'v2', 'city-jinan', 'zh', now());
    `,
    );

    expect((await migrate(url)).applied).toContain(TRACKS);

    const tracks = await sql<{ id: string; eventId: string; name: unknown; color: string; position: number }>(
      url,
      `SELECT id, "eventId", name, color, position FROM "Track" ORDER BY "eventId", position`,
    );
    expect(tracks.map((t) => ({ eventId: t.eventId, name: t.name, color: t.color, position: t.position }))).toEqual([
      { eventId: "e1", name: { en: "City Jinan" }, color: "indigo", position: 0 },
      { eventId: "e1", name: { en: "High End Equipment" }, color: "teal", position: 1 },
      { eventId: "e2", name: { en: "City Jinan" }, color: "indigo", position: 0 },
    ]);
    const sessions = await sql<{ id: string; trackId: string | null }>(url, `SELECT id, "trackId" FROM "Session" ORDER BY id`);
    expect(sessions).toEqual([
      { id: "s1", trackId: tracks[0].id },
      { id: "s2", trackId: tracks[0].id },
      { id: "s3", trackId: tracks[1].id },
      { id: "s4", trackId: null },
      { id: "s5", trackId: tracks[2].id },
    ]);
  });
});
