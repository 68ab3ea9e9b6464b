import "server-only";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect } from "vitest";
import {
  createMultiVenueEvent,
  createOrganization,
  createPerson,
  createSession,
  createVideoMessage,
  localized,
} from "@/prisma/seed/factories";
import { createRoleUsers } from "@/prisma/seed/roles";
import type { CurrentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import type { ActionResult } from "@/server/shared/result";

// Test world: our organization's event in Jinan (UTC+8), Tokyo (UTC+9) and online with a
// video-message session 10:00-10:10 Jinan time; another organization's event with its own;
// one actor per role name (prisma/seed/roles.ts); a private storage folder per test file.

export async function useTempStorage(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "accord-storage-"));
  process.env.ACCORD_STORAGE_DIR = dir;
  return dir;
}

export async function createVideoWorld() {
  const p = db();
  const ours = await createMultiVenueEvent(p);
  const theirs = await createMultiVenueEvent(p, { orgId: (await createOrganization(p, { country: "JP" })).id });
  const videoSession = (eventId: string, hostVenueId: string) =>
    createSession(
      p,
      { eventId, hostVenueId },
      {
        type: "VIDEO_MESSAGES",
        startsAt: new Date("2020-07-30T02:00:00Z"),
        endsAt: new Date("2020-07-30T02:10:00Z"),
      },
    );
  const session = await videoSession(ours.event.id, ours.jinan.id);
  const otherSession = await videoSession(ours.event.id, ours.tokyo.id);
  const plenary = await createSession(p, { eventId: ours.event.id, hostVenueId: ours.jinan.id });
  const theirSession = await videoSession(theirs.event.id, theirs.jinan.id);
  const vip = (precedence: number, en: string) =>
    createPerson(p, ours.orgId, { isVip: true, precedence, name: localized(en), country: "JP", side: "B" });
  const people = {
    ambassador: await vip(40, "Ambassador"),
    formerPm: await vip(10, "Former PM"),
    minister: await vip(30, "Deputy Minister"),
    secretary: await vip(20, "Secretary-General"),
  };
  const theirVip = await createPerson(p, theirs.orgId, { isVip: true });

  const { actors } = await createRoleUsers(p, { orgId: ours.orgId, otherOrgId: theirs.orgId });

  return {
    ...ours,
    theirs,
    session,
    otherSession,
    plenary,
    theirSession,
    people,
    theirVip,
    actors,
  };
}

export type VideoWorld = Awaited<ReturnType<typeof createVideoWorld>>;

/** A message in our event with media and Japanese captions (file names need not exist). */
export function createReadyMessage(w: VideoWorld, overrides: Parameters<typeof createVideoMessage>[2] = {}) {
  return createVideoMessage(
    db(),
    { eventId: w.event.id, personId: w.people.formerPm.id, sessionId: w.session.id },
    {
      mediaUrl: "https://media.example.org/v.mp4",
      captions: { ja: "x--captions-ja--0000000000000000.vtt" },
      status: "RECEIVED",
      ...overrides,
    },
  );
}

/** Row versions of messages, positions, participants and the audit count: equal means nothing written. */
export async function snapshotVideos() {
  const p = db();
  return {
    messages: await p.videoMessage.findMany({
      orderBy: { id: "asc" },
      select: { id: true, version: true, status: true, position: true, sessionId: true, mediaFile: true, mediaUrl: true, captions: true },
    }),
    participants: await p.eventParticipant.findMany({ orderBy: [{ eventId: "asc" }, { personId: "asc" }] }),
    audit: await p.auditLog.count(),
  };
}

export function expectOk<T>(result: ActionResult<T>): T {
  if (!result.ok) expect.fail(`expected ok, got ${JSON.stringify(result)}`);
  return result.data;
}

/** Runs `run` as outsider, delegate and anonymous: refused, database unchanged. */
export async function expectOutsidersRefused(w: VideoWorld, run: (actor: CurrentUser | null) => Promise<ActionResult<unknown>>) {
  const cases: [CurrentUser | null, string][] = [
    [w.actors.outsider, "not_found"],
    [w.actors.delegate, "forbidden"],
    [null, "unauthenticated"],
  ];
  for (const [actor, code] of cases) {
    const before = await snapshotVideos();
    expect(await run(actor), `as ${actor?.role ?? "anonymous"}`).toMatchObject({ ok: false, code });
    expect(await snapshotVideos()).toEqual(before);
  }
}
