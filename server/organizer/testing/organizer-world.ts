import "server-only";
import { expect } from "vitest";
import { createMultiVenueEvent, createOrganization, createPerson, createVenue, localized } from "@/prisma/seed/factories";
import { createRoleUsers } from "@/prisma/seed/roles";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import type { ActionResult } from "@/server/shared/result";

// Test world for the organizer workspace: our organization's event in Jinan, Tokyo, Osaka
// and online; another organization with its own event; one actor per role name
// (prisma/seed/roles.ts): the outsider organizes the other organization.

export async function createOrganizerWorld() {
  const p = db();
  const ours = await createMultiVenueEvent(p);
  const osaka = await createVenue(p, ours.event.id, {
    position: 3,
    city: localized("Osaka", "大阪", "大阪"),
    country: "JP",
    timeZone: "Asia/Tokyo",
  });
  const theirs = await createMultiVenueEvent(p, { orgId: (await createOrganization(p, { country: "JP" })).id });
  const speaker = await createPerson(p, ours.orgId, { name: localized("Li Ming", "李明", "李明") });
  const theirPerson = await createPerson(p, theirs.orgId);

  const { actors } = await createRoleUsers(p, { orgId: ours.orgId, otherOrgId: theirs.orgId });

  return {
    ...ours,
    osaka,
    speaker,
    theirs,
    theirPerson,
    actors,
  };
}

export type OrganizerWorld = Awaited<ReturnType<typeof createOrganizerWorld>>;

/** Row counts and every editable row's version: equal snapshots mean nothing was written. */
export async function snapshotDatabase() {
  const p = db();
  const versions = (rows: { id: string; version: number }[]) => rows.map((r) => `${r.id}@${r.version}`);
  const byId = { select: { id: true, version: true }, orderBy: { id: "asc" as const } };
  return {
    events: versions(await p.event.findMany(byId)),
    venues: versions(await p.venue.findMany(byId)),
    tracks: versions(await p.track.findMany(byId)),
    sessions: versions(await p.session.findMany(byId)),
    people: versions(await p.person.findMany(byId)),
    relays: await p.sessionRelay.count(),
    roles: await p.sessionRole.count(),
    audit: await p.auditLog.count(),
  };
}

/**
 * Calls `run` as the outsider (another organization's organizer), a delegate and nobody: each gets its
 * refusal (not_found / forbidden / unauthenticated) and the database stays as it was.
 */
export async function expectOutsidersRefused(world: OrganizerWorld, run: (actor: CurrentUser | null) => Promise<ActionResult<unknown>>) {
  const cases: [CurrentUser | null, string][] = [
    [world.actors.outsider, "not_found"],
    [world.actors.delegate, "forbidden"],
    [null, "unauthenticated"],
  ];
  for (const [actor, code] of cases) {
    const before = await snapshotDatabase();
    const result = await run(actor);
    expect(result, `as ${actor?.role ?? "anonymous"}`).toMatchObject({ ok: false, code });
    expect(await snapshotDatabase()).toEqual(before);
  }
}

/** Narrows a result to its data, failing the test with the whole result otherwise. */
export function expectOk<T>(result: ActionResult<T>): T {
  if (!result.ok) expect.fail(`expected ok, got ${JSON.stringify(result)}`);
  return result.data;
}
